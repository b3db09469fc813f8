-- How a request ended (DOMAIN.md §1, step 7): the center's triage decision, and the outcome
-- written when the request closes, so reports need not infer it from empty columns.
alter table dispatch_request add column triage_decision varchar(16);
alter table dispatch_request add column outcome varchar(24);
