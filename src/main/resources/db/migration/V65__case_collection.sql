-- 活動事例集 (the case collection the prefecture publishes): what the support center writes about
-- a case (one flow instance, by business key) for publication, beside the activity records the
-- flows wrote. Nothing here names a child; the texts are the center's own words.
create table collection_case (
    business_key  varchar(16)   primary key,
    -- 掲載する: the case is in every collection whose period holds one of its activity records.
    published     boolean       not null default false,
    -- The center's order within the case's region (1 first); cases without one follow by date.
    position      integer,
    -- The theme title (「医療的ケア児等コーディネーターの伴走支援」) and 概要; null: made from the records.
    title         varchar(200),
    summary       varchar(4000),
    updated_by    varchar(64)   not null,
    updated_at    timestamp with time zone not null,
    constraint collection_case_position_ck check (position is null or position between 1 and 999)
);

-- 圏域アドバイザーが対応したこと・工夫したこと: the headed points ①②③, in order.
create table collection_case_point (
    business_key  varchar(16)   not null references collection_case (business_key),
    seq           integer       not null,
    heading       varchar(200)  not null,
    body          varchar(2000) not null,
    primary key (business_key, seq)
);

-- The voices the center adds where no flow recorded them: under which heading
-- (圏域アドバイザー派遣申込者の声, 勉強会参加者の声, 会議参加者の声), who spoke (by role, never by name), what they said.
create table collection_case_voice (
    business_key  varchar(16)   not null references collection_case (business_key),
    seq           integer       not null,
    heading       varchar(100)  not null,
    speaker       varchar(100)  not null,
    body          varchar(2000) not null,
    primary key (business_key, seq)
);

-- 今後の方向性 (圏域アドバイザーにおける支援の取組の方向性) of one region, written for the collection
-- of one period of months (from_month to to_month, inclusive, 'YYYY-MM').
create table collection_direction (
    region_id     varchar(32)   not null references region (id),
    from_month    varchar(7)    not null,
    to_month      varchar(7)    not null,
    body          varchar(4000) not null,
    updated_by    varchar(64)   not null,
    updated_at    timestamp with time zone not null,
    primary key (region_id, from_month, to_month)
);
