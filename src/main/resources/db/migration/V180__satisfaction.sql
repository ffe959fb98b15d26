-- Residents' answers to "Overall, how did you feel about the service you received today?" on the
-- confirmation page (issue 18): one per request, so the reference is the key and a second answer is
-- refused, also when two tabs send at once. The comment is optional and short, and asks for no
-- personal details.
create table satisfaction_answer (
    reference   varchar(13)  not null primary key,
    service_id  varchar(100) not null,
    score       integer      not null check (score between 1 and 5),
    comment     varchar(500),
    answered_at timestamp(6) with time zone not null
);
create index satisfaction_answer_by_service on satisfaction_answer (service_id, answered_at);
