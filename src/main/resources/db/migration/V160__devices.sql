-- Registered devices (issue 17): sensors in homes and streets, telecare hubs and wearables. A device is
-- known by its source (vendor or network) and its id there; personal devices carry the resident and
-- their consent, and raise no case once consent is withdrawn.
create table device (
    id                  varchar(36)                 primary key,
    source              varchar(100)                not null,
    device_id           varchar(200)                not null,
    kind                varchar(20)                 not null,
    uprn                varchar(12),
    street              varchar(200),
    latitude            double precision,
    longitude           double precision,
    caretaker_team_id   varchar(60),
    resident_id         varchar(36),
    consent_id          varchar(100),
    consent_withdrawn   boolean                     default false not null,
    expected_interval_s bigint                      not null,
    registered_at       timestamp(6) with time zone not null,
    constraint device_by_source unique (source, device_id)
);

create index device_by_uprn on device (uprn);
create index device_by_resident on device (resident_id);
