-- Idempotency-Key (IETF httpapi-idempotency-key draft) for every API POST that creates something:
-- one row per client and key, kept 24 hours. The primary key makes a key's first request the only
-- one that runs, on any node; the others read its result (or 409 while it is still running).
create table api_idempotency_key (
    client_id       varchar(200)  not null,
    idempotency_key varchar(255)  not null,
    -- the method and path and a SHA-256 of the body: the same key with another request is refused
    fingerprint     varchar(64)   not null,
    -- null while the first request is still running
    status          integer,
    content_type    varchar(200),
    body            varchar(1000000),
    location        varchar(500),
    created_at      timestamp(6) with time zone not null,
    primary key (client_id, idempotency_key)
);
create index api_idempotency_key_by_age on api_idempotency_key (created_at);
insert into job_lock (name) values ('api-idempotency-purge');
