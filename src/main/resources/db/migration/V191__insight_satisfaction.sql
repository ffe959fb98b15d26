-- Residents' answers to the satisfaction question, as insight counts them (issue 18's user satisfaction):
-- one per request, on the day in Europe/London it was given; kept from apply's SatisfactionRated events
-- and rebuilt from apply's answers with the other roll-ups. Filtered by team, ward and channel through
-- the request's row in insight_case.
create table insight_satisfaction (
    reference   varchar(13)  not null primary key,
    service_id  varchar(100) not null,
    score       integer      not null,
    answered_at timestamp(6) with time zone not null,
    on_day      date         not null
);
create index insight_satisfaction_day on insight_satisfaction (on_day, service_id);
