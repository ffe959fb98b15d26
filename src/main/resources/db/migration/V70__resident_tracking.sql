-- A resident's message or reply names the files sent with it in the subject (id and name, one a line).
alter table case_timeline alter column subject set data type varchar(1000);

-- "Did this solve your problem?": one answer per outcome of a case, kept so outcomes are measured.
create table case_feedback (
    id         varchar(36)  not null primary key,
    case_id    varchar(36)  not null references service_case (id),
    -- the outcome the resident answered about, and when the case ended with it
    outcome    varchar(40)  not null,
    outcome_at timestamp(6) with time zone not null,
    solved     boolean      not null,
    comment    varchar(4000),
    given_at   timestamp(6) with time zone not null,
    -- the "no" came within the reopen window, so the case went back to its queue
    reopened   boolean      not null
);
create index case_feedback_by_case on case_feedback (case_id, outcome_at);
