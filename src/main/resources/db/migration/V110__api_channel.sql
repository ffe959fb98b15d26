-- The channel is part of the case (issue 14, section 4): a request sent through the REST API names
-- the API client that sent it, by its id (who may read it back) and its name at the time (what staff see).
alter table submitted_request add column api_client_id varchar(200);
alter table submitted_request add column api_client_name varchar(200);
create index submitted_request_by_api_client on submitted_request (api_client_id);

alter table service_case add column api_client_id varchar(200);
alter table service_case add column api_client_name varchar(200);
