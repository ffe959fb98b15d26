-- When each officer last looked at Your work: replies from residents after it are new to them.
create table officer_last_look (
    staff_id  varchar(300) not null primary key,
    looked_at timestamp(6) with time zone not null
);
-- Your work lists an officer's own open cases most urgent first: service_case_to_take
-- (assigned_to, priority desc, due_at) already reads them in that order.
