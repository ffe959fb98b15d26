-- The relay reads only what is not confirmed: keep that index small however long the log grows.
create index integration_event_unconfirmed on integration_event (seq) where relay_status <> 'CONFIRMED';
