-- The queue view lists a queue's cases a page at a time in the order the officer picks. An index per
-- order, led by the queue and ending with a unique column, lets a page be read in order from the
-- index (backwards for the reversed order) instead of sorting the queue; several queues are read as
-- one ordered branch each and merged (CaseListing).
create index service_case_queue_by_urgency on service_case (queue_id, priority desc, due_at, id);
create index service_case_queue_by_due on service_case (queue_id, due_at, id);
create index service_case_queue_by_submitted on service_case (queue_id, submitted_at, id);
create index service_case_queue_by_reference on service_case (queue_id, reference);

-- The queue counts read only these columns, so PostgreSQL can count from the index alone.
create index service_case_queue_counts on service_case (queue_id, status, sla_state, assigned_to);
