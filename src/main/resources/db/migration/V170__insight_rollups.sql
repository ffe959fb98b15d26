-- Insight's roll-ups, kept current from casework's events and rebuilt from the cases by a job
-- (decision 0053); what counts as failure demand is decision 0054.

-- One row per case: what insight knows of it. The reference alone is written first, so that the
-- listener can lock a case's row before it has ever counted the case.
create table insight_case (
    reference     varchar(13)  not null primary key,
    service_id    varchar(100),
    team_id       varchar(60),
    queue_id      varchar(60),
    ward          varchar(100),
    channel       varchar(20),
    resident_id   varchar(36),
    latitude      double precision,
    longitude     double precision,
    submitted_at  timestamp(6) with time zone,
    -- the day in Europe/London, so a request at 00:30 BST counts on the day the resident saw
    submitted_day date,
    status        varchar(30),
    open_case     boolean,
    due_at        timestamp(6) with time zone,
    sla_state     varchar(20),
    -- set once the case has an outcome and is not being worked again
    outcome       varchar(60),
    outcome_at    timestamp(6) with time zone,
    -- why the request itself is failure demand (DUPLICATE, REPEAT, ASKED_AGAIN); null for value demand
    failure       varchar(20),
    chasers       integer,
    reopens       integer
);
create index insight_case_open on insight_case (open_case, team_id);
create index insight_case_day on insight_case (submitted_day, service_id);
create index insight_case_outcome on insight_case (outcome_at);
create index insight_case_place on insight_case (service_id, latitude, longitude);
create index insight_case_resident on insight_case (resident_id, service_id);

-- Failure demand that is not a new request: a chasing message or a reopening, on its day.
create table insight_contact (
    reference   varchar(13)  not null,
    kind        varchar(20)  not null,
    happened_at timestamp(6) with time zone not null,
    on_day      date         not null
);
create index insight_contact_case on insight_contact (reference);
create index insight_contact_day on insight_contact (on_day);

-- Demand per day, service, team, ward ('' for none) and channel: what the dashboard sums.
create table insight_daily (
    on_day     date         not null,
    service_id varchar(100) not null,
    team_id    varchar(60)  not null,
    ward       varchar(100) not null,
    channel    varchar(20)  not null,
    requests   integer      not null,
    duplicates integer      not null,
    repeats    integer      not null,
    asked_again integer     not null,
    chasers    integer      not null,
    reopens    integer      not null,
    primary key (on_day, service_id, team_id, ward, channel)
);

insert into job_lock (name) values ('insight-rebuild');
