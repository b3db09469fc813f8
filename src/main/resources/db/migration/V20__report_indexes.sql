-- Indexes for the reports, the managers' dashboard and search (issue 8). The numbers jump to 20
-- so that migrations written in parallel on other branches keep the lower numbers.

-- CSV and case collection of a period across all regions (the region index covers one region).
create index activity_record_date_idx on activity_record (activity_date);

-- Lead times of the fiscal year: requests accepted or closed in a period.
create index dispatch_request_accepted_idx on dispatch_request (accepted_at);
create index dispatch_request_closed_idx on dispatch_request (closed_at);
create index dispatch_request_case_idx on dispatch_request (case_id);
create index discharge_closed_idx on discharge (closed_at);
create index evacuation_plan_closed_idx on evacuation_plan (closed_at);

-- Children per municipality (with or without an approved plan) and search by label.
create index child_case_status_idx on child_case (status, home_municipality);
