-- Take next reads the unassigned cases in urgency order and stops at the first of the officer's
-- queues that no other officer is taking. The old index, led by the queue, made PostgreSQL fetch
-- and sort every unassigned case of the officer's queues for each claim (about 1 s with 100,000
-- waiting, see docs/performance.md); led by the assignee, the unassigned cases are in order already.
drop index service_case_to_take;
create index service_case_to_take on service_case (assigned_to, priority desc, due_at);
