-- Bucket4j's JDBC state for the API's rate limits, one bucket per client, shared by every node
-- (Bucket4j's PostgreSQL "select for update" proxy manager; H2 runs the same SQL in PostgreSQL mode).
create table api_rate_bucket (
    id    varchar(200) not null primary key,
    state bytea
);
