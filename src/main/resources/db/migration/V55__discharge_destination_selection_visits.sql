-- Coordinators' training history (養成研修・育成研修, year): the adviser chooses among staff who
-- finished the training but have no medical-care case yet, so that experience spreads.
create table staff_training (
    staff_member_id  bigint       not null references staff_member (id),
    course           varchar(32)  not null,
    training_year    integer      not null,
    primary key (staff_member_id, course, training_year)
);

-- Where the child goes (home, a facility, a hospital stay aiming at 一時帰宅); the facility's
-- region and the hospital's are informed. Who selected the coordinator with whom, the visits
-- the adviser went along on after discharge, and a planned move with its expected date.
alter table discharge add column destination varchar(32);
alter table discharge add column facility_name varchar(200);
alter table discharge add column facility_municipality_code varchar(6) references municipality (code);
alter table discharge add column facility_region_id varchar(32) references region (id);
alter table discharge add column temporary_stay_goal boolean;
alter table discharge add column selected_by varchar(64);
alter table discharge add column selected_at_conference boolean;
alter table discharge add column municipality_consulted varchar(200);
alter table discharge add column municipality_agreed_by varchar(64);
alter table discharge add column municipality_agreement_note varchar(1000);
alter table discharge add column accompanied_visits integer not null default 0;
alter table discharge add column accompaniment_ended_by varchar(64);
alter table discharge add column planned_municipality_code varchar(6) references municipality (code);
alter table discharge add column planned_move_date date;

-- Every region a discharge concerns besides the home region (the hospital's, the facility's):
-- their advisers read the instance and get a task to read it.
create table discharge_region (
    business_key  varchar(16)  not null references discharge (business_key),
    region_id     varchar(32)  not null references region (id),
    primary key (business_key, region_id)
);

-- What each municipality prepared before a planned move (the future one: services, 保育所).
alter table discharge add column move_preparation_current varchar(2000);
alter table discharge add column move_preparation_future varchar(2000);
