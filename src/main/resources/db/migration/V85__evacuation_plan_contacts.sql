-- The family's copy of the plan names who to call: the home doctor, the receiving hospital and
-- the municipality's desk (issue 24, "a plan the family can keep"). Written in UserTask_DraftPlan.
alter table evacuation_plan_version add column home_doctor varchar(300);
alter table evacuation_plan_version add column home_doctor_phone varchar(40);
alter table evacuation_plan_version add column receiving_hospital_phone varchar(40);
alter table evacuation_plan_version add column municipality_phone varchar(40);
