-- Who took part in an activity, as data (issue 20): organization kinds with a count each, so that
-- "the adviser was at that discharge conference" can be counted. The free text participant_roles
-- stays as an optional remark; V46 maps the existing texts to kinds where it can.

-- The kinds of organization a participant comes from; an administrator may add or retire kinds
-- (code is the form field's suffix: participants_HOSPITAL).
create table participant_kind (
    code        varchar(32)  primary key,
    label       varchar(64)  not null,
    sort_order  integer      not null,
    active      boolean      not null default true
);
insert into participant_kind (code, label, sort_order) values
    ('FAMILY',               '本人・家族',               10),
    ('MUNICIPAL_WELFARE',    '市町村（福祉）',           20),
    ('MUNICIPAL_HEALTH',     '市町村（保健）',           30),
    ('MUNICIPAL_CHILDCARE',  '市町村（保育）',           40),
    ('MUNICIPAL_EDUCATION',  '市町村（教育）',           50),
    ('EDUCATION_BOARD',      '教育委員会',               60),
    ('SCHOOL',               '学校',                     70),
    ('NURSERY',              '保育所・幼稚園',           80),
    ('HOSPITAL',             '病院',                     90),
    ('HOME_NURSING',         '訪問看護',                100),
    ('CONSULTATION_OFFICE',  '相談支援事業所',          110),
    ('SERVICE_PROVIDER',     '障害福祉サービス事業所',  120),
    ('HEALTH_CENTER',        '保健所',                  130),
    ('FIRE_STATION',         '消防署',                  140),
    ('WELFARE_COMMISSIONER', '民生委員',                150),
    ('CENTER',               '支援センター',            160),
    ('ADVISER',              '圏域アドバイザー',        170),
    ('COORDINATOR',          'コーディネーター',        180),
    ('PREFECTURE',           '県',                      190),
    ('OTHER',                'その他',                  200);

-- One row per kind that took part in an activity record, with how many came from it. The record's
-- participant_count is their sum, unless participants_many (「多数」: then 0, and these rows say
-- who was there as far as anyone counted).
create table activity_participant (
    activity_record_id  bigint       not null references activity_record (id),
    kind_code           varchar(32)  not null references participant_kind (code),
    participant_count   integer      not null,
    primary key (activity_record_id, kind_code),
    constraint activity_participant_count_ck check (participant_count > 0)
);
create index activity_participant_kind_idx on activity_participant (kind_code);

-- The meeting was held online or partly online (every meeting record may say so, issue 21).
alter table activity_record add column online boolean not null default false;

-- The roles text is now an optional remark beside the kinds.
alter table activity_record alter column participant_roles drop not null;
