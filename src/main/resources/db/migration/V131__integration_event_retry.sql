-- A publication that failed (not confirmed, returned unroutable, connection lost) waits until
-- next_attempt_at; later events about the same subject wait behind it, to keep their order.
alter table integration_event add column next_attempt_at timestamp with time zone;
