-- Webhook endpoints and their deliveries (docs/decisions/0037-webhooks.md). The signing secret is kept
-- as issued (whsec_...): Porth signs every delivery with it, so a hash would not do.
create table webhook_endpoint (
    id              varchar(36)   not null primary key,
    name            varchar(100)  not null,
    url             varchar(500)  not null,
    owner_email     varchar(200)  not null,
    event_types     varchar(2000) not null,
    service_codes   varchar(2000) not null,
    partner_id      varchar(100),
    secret          varchar(100)  not null,
    enabled         boolean       not null,
    disabled_reason varchar(1000),
    created_at      timestamp(6) with time zone not null
);
create index webhook_endpoint_by_partner on webhook_endpoint (partner_id);

-- One row per event and endpoint, written in the transaction that records the event; claimed by the
-- workers of every node (for update skip locked). Its id is the webhook-id: the same on every try.
create table webhook_delivery (
    id              uuid          not null primary key,
    endpoint_id     varchar(36)   not null references webhook_endpoint (id),
    event_id        uuid          not null,
    event_type      varchar(200)  not null,
    subject         varchar(100),
    body            varchar(16000) not null,
    status          varchar(20)   not null,
    attempts        integer       not null,
    next_attempt_at timestamp(6) with time zone not null,
    lease_until     timestamp(6) with time zone,
    last_attempt_at timestamp(6) with time zone,
    last_error      varchar(1000),
    created_at      timestamp(6) with time zone not null,
    sent_at         timestamp(6) with time zone,
    constraint webhook_delivery_once unique (endpoint_id, event_id)
);
create index webhook_delivery_due on webhook_delivery (status, next_attempt_at);
create index webhook_delivery_by_endpoint on webhook_delivery (endpoint_id, created_at);

-- Every change to an endpoint: who, when, what. Append-only (on PostgreSQL a trigger refuses anything else).
create table webhook_audit (
    id           varchar(36)   not null primary key,
    endpoint_id  varchar(36)   not null,
    at           timestamp(6) with time zone not null,
    staff_id     varchar(300)  not null,
    action       varchar(40)   not null,
    detail       varchar(1000)
);
create index webhook_audit_by_endpoint on webhook_audit (endpoint_id, at);
