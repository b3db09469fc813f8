-- 退院時カンファレンス: when and where it is planned, and who is invited (DOMAIN.md §2, step 4).
alter table discharge add column conference_planned_date date;
alter table discharge add column conference_place varchar(200);
alter table discharge add column conference_invited varchar(1000);
