-- The authorization server's rows for API clients are deleted once every code and token in them has
-- expired (ApiAuthorizationPurge, issue 14): in prod nothing else deletes them, and every
-- client-credentials token adds one. A row waiting for a resident's consent has no code or token yet,
-- so when it was made tells how long it has waited; Spring's insert names its columns, so the default fills it.
alter table oauth2_authorization add column created_at timestamp with time zone default current_timestamp;

insert into job_lock (name) values ('api-authorization-purge');
