-- API clients (docs/decisions/0033-api-clients-and-tokens.md): systems and apps that reach the case
-- service through /api and Open311. The secret is kept only as a hash ({bcrypt}); after a rotation the
-- previous one keeps working until previous_secret_expires_at. A revoked client is refused at once.
create table api_client (
    id                          varchar(36)   not null primary key,
    client_id                   varchar(64)   not null unique,
    name                        varchar(100)  not null,
    owner_contact               varchar(200)  not null,
    scopes                      varchar(200)  not null,
    rate_limit_per_minute       integer       not null,
    test_client                 boolean       not null,
    redirect_uris               varchar(2000) not null,
    secret_hash                 varchar(100)  not null,
    previous_secret_hash        varchar(100),
    previous_secret_expires_at  timestamp(6) with time zone,
    registered_at               timestamp(6) with time zone not null,
    revoked_at                  timestamp(6) with time zone,
    version                     bigint        not null
);

-- Every change to an API client: who, when, what. Append-only (on PostgreSQL a trigger refuses anything else).
create table api_client_audit (
    id         varchar(36)   not null primary key,
    client_id  varchar(64)   not null,
    at         timestamp(6) with time zone not null,
    staff_id   varchar(300)  not null,
    action     varchar(40)   not null,
    detail     varchar(1000)
);
create index api_client_audit_by_client on api_client_audit (client_id, at);

-- What a resident allowed an app to do (Spring Authorization Server's standard consent schema).
create table oauth2_authorization_consent (
    registered_client_id varchar(100)  not null,
    principal_name       varchar(200)  not null,
    authorities          varchar(1000) not null,
    primary key (registered_client_id, principal_name)
);

-- The key the authorization server signs its tokens with: one, shared by every node (made by the
-- first node that starts). Private: whoever reads it can sign tokens.
create table token_signing_key (
    id          varchar(40) not null primary key,
    jwk         text        not null,
    created_at  timestamp(6) with time zone not null
);
