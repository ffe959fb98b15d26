-- The service-level watch: one node at a time runs it, and it reads open cases by due date.

-- A row for each scheduled job that one node at a time may run: the node whose transaction locks the
-- row (select ... for update skip locked) acts, the others skip that run.
-- See docs/decisions/0009-one-node-runs-scheduled-jobs.md.
create table job_lock (
    name varchar(60) not null primary key
);
insert into job_lock (name) values ('sla-watch');

-- The watch reads the open cases not yet breached, soonest due first, passing over the many closed ones
create index service_case_sla_watch on service_case (status, sla_state, due_at);
