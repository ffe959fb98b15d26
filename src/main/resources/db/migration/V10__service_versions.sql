-- Every published version of every service definition, with the YAML it was read from, so a
-- submitted request always reads against the version it was made on. Rows are only ever added;
-- the primary key stops two nodes starting at once from publishing the same number twice.
create table service_version (
    service_id     varchar(100)     not null,
    version        integer          not null,
    content_sha256 varchar(64)      not null,
    definition     varchar(1000000) not null,
    published_at   timestamp(6) with time zone not null,
    primary key (service_id, version)
);
