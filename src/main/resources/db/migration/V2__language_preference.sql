-- The language a signed-in person chose, so it follows them to every device.
create table language_preference (
    user_id    varchar(300) not null primary key,
    language   varchar(10)  not null,
    updated_at timestamp(6) with time zone not null
);
