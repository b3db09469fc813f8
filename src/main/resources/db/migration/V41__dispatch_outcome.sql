-- How a request ended (DOMAIN.md §1, step 7): the center's triage decision, and the outcome
-- written when the request closes, so reports need not infer it from empty columns.
alter table dispatch_request add column triage_decision varchar(16);
alter table dispatch_request add column outcome varchar(24);
-- Requests made before this version: the decision as their state shows it, and the outcome of
-- those already closed.
update dispatch_request set triage_decision = case
        when status = 'DECLINED' then 'DECLINED'
        when status in ('WAITING_FOR_ADVISER', 'IN_PROGRESS') or accepted_by is not null then 'ADVISER'
        when status in ('CENTER_RESPONDING', 'WAITING_FOR_FEEDBACK', 'CLOSED') then 'CENTER'
    end
where status <> 'TRIAGE';
update dispatch_request set outcome = case triage_decision
        when 'ADVISER' then 'ADVISER_DISPATCHED'
        when 'CENTER' then 'ANSWERED_BY_CENTER'
        when 'DECLINED' then 'DECLINED'
    end
where closed_at is not null;
