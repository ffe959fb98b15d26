-- The flags a request's answers raised (ids from its service's routing, comma-separated), for
-- routing rules and for staff to see.
alter table service_case add column flags varchar(1000);
