-- The embedded sign-in provider's authorizations (Spring Authorization Server's standard schema,
-- oauth2-authorization-schema.sql, with blob as text and timestamp as timestamp with time zone, as
-- it says for PostgreSQL; both work on H2 in PostgreSQL mode). One row for each sign-in, until the
-- purge deletes it after it expired (docs/decisions/0024-embedded-provider-safety.md). Only the
-- embedded provider uses it; in prod the table stays empty.
create table oauth2_authorization (
    id                            varchar(100)  not null primary key,
    registered_client_id          varchar(100)  not null,
    principal_name                varchar(200)  not null,
    authorization_grant_type      varchar(100)  not null,
    authorized_scopes             varchar(1000) default null,
    attributes                    text          default null,
    state                         varchar(500)  default null,
    authorization_code_value      text          default null,
    authorization_code_issued_at  timestamp with time zone default null,
    authorization_code_expires_at timestamp with time zone default null,
    authorization_code_metadata   text          default null,
    access_token_value            text          default null,
    access_token_issued_at        timestamp with time zone default null,
    access_token_expires_at       timestamp with time zone default null,
    access_token_metadata         text          default null,
    access_token_type             varchar(100)  default null,
    access_token_scopes           varchar(1000) default null,
    oidc_id_token_value           text          default null,
    oidc_id_token_issued_at       timestamp with time zone default null,
    oidc_id_token_expires_at      timestamp with time zone default null,
    oidc_id_token_metadata        text          default null,
    refresh_token_value           text          default null,
    refresh_token_issued_at       timestamp with time zone default null,
    refresh_token_expires_at      timestamp with time zone default null,
    refresh_token_metadata        text          default null,
    user_code_value               text          default null,
    user_code_issued_at           timestamp with time zone default null,
    user_code_expires_at          timestamp with time zone default null,
    user_code_metadata            text          default null,
    device_code_value             text          default null,
    device_code_issued_at         timestamp with time zone default null,
    device_code_expires_at        timestamp with time zone default null,
    device_code_metadata          text          default null
);

-- The purge of expired authorizations and forgotten sign-in failures: one node at a time (decision 0009)
insert into job_lock (name) values ('local-idp-purge');
