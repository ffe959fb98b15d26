-- Every staff read of a case and every change to it: who, when, what, from which screen.
-- Append-only: the application only ever inserts (on PostgreSQL a trigger refuses anything else,
-- see db/vendor/postgresql).
create table case_audit (
    id        varchar(36)  not null primary key,
    case_id   varchar(36)  not null references service_case (id),
    at        timestamp(6) with time zone not null,
    staff_id  varchar(300) not null,
    action    varchar(40)  not null,
    screen    varchar(40)  not null,
    detail    varchar(4000)
);
create index case_audit_by_case on case_audit (case_id, at);
