-- Which due-date notices the hourly scan already wrote (due tomorrow, overdue) for a task and
-- its due date: the primary key makes one node's scan the only one that writes a notice, and a
-- task whose due date moves is announced again for the new date.
create table mail_due_notice (
    task_id    varchar(64)  not null,
    reason     varchar(16)  not null,
    due_at     timestamp with time zone not null,
    noted_at   timestamp with time zone not null,
    primary key (task_id, reason, due_at)
);
