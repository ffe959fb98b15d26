-- What each person has uploaded in the current hour. Their uploads take this row's lock one at a
-- time while they are counted, so a question's most files and a resident's limits hold however many
-- uploads arrive at once (docs/decisions/0025-file-limits-and-access.md).
create table file_allowance (
    uploaded_by     varchar(300) not null primary key,
    hour_started_at timestamp(6) with time zone not null,
    files_this_hour integer      not null,
    bytes_this_hour bigint       not null
);

-- files uploaded for a message that was never sent are deleted after a while, by one node at a time
insert into job_lock (name) values ('unsent-file-purge');
