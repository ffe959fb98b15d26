-- Requests made over Open311 GeoReport v2 (docs/decisions/0035-open311.md): what the client sent that
-- Open311 lists publicly (the case holds the answers), and the fingerprint of what it sent, so the same
-- report sent again by the same client within the repeat window answers with the first one's id.
-- window_slot is the repeat window the request began in: two identical requests racing in the same
-- window cannot both be stored.
create table open311_request (
    reference       varchar(13)                 not null primary key,
    client_id       varchar(200)                not null,
    content_hash    varchar(64)                 not null,
    window_slot     bigint                      not null,
    service_code    varchar(100)                not null,
    description     varchar(4000),
    address_string  varchar(500),
    latitude        double precision,
    longitude       double precision,
    media_url       varchar(2000),
    requested_at    timestamp(6) with time zone not null,
    constraint open311_request_once_per_window unique (client_id, content_hash, window_slot)
);
create index open311_request_by_time on open311_request (requested_at);
create index open311_request_repeat on open311_request (client_id, content_hash, requested_at);
