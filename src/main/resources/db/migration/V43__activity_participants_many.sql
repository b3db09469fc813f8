-- 「多数」: a panel exhibition's visitors were not counted. Such a record has no count (0).
alter table activity_record add column participants_many boolean not null default false;
alter table activity_record drop constraint activity_record_count_ck;
alter table activity_record add constraint activity_record_count_ck
    check (participant_count > 0 or (participants_many and participant_count = 0));
