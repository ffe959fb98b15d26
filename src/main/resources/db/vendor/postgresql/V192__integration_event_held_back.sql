-- The relay asks which subjects are held back behind a failed event at every read of the log
-- (EventLog.due): only failed events have a next attempt, so this index keeps that question to the
-- few of them rather than a walk over the whole unconfirmed backlog.
create index integration_event_held_back on integration_event (next_attempt_at)
    where relay_status = 'PENDING' and next_attempt_at is not null;
