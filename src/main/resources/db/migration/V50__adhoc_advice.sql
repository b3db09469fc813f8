-- 随時相談 (issue 20, "ad-hoc advice"): a consultation an adviser (or the center) answered by
-- phone, mail or a visit, recorded on our page /advice without a flow. Who may read a row is
-- decided from its region and municipality (advice.AdviceAccess, report.AdviceRows).
create table adhoc_advice (
    business_key       varchar(16)   primary key,
    advice_date        date          not null,
    channel            varchar(16)   not null,
    asker_kind         varchar(32)   not null,
    -- the municipality the consultation is about (the asker's, or the child's home); it may read the row
    municipality_code  varchar(6)    not null references municipality (code),
    -- the municipality's region when it was recorded: its advisers read the row
    region_id          varchar(32)   not null references region (id),
    case_id            varchar(16)   references child_case (id),
    minutes            integer,
    gist               varchar(2000) not null,
    recorded_by        varchar(64)   not null,
    recorded_at        timestamp with time zone not null,
    version            bigint        not null default 0,
    constraint adhoc_advice_minutes_ck check (minutes is null or (minutes > 0 and minutes <= 1440))
);
create index adhoc_advice_region_date_idx on adhoc_advice (region_id, advice_date);
create index adhoc_advice_municipality_date_idx on adhoc_advice (municipality_code, advice_date);
