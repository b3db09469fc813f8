-- A staff member's work mail address: where "mail when work arrives" goes (issue 24).
-- Optional: a person without an address simply gets no mail.
alter table staff_member add column email varchar(254);
