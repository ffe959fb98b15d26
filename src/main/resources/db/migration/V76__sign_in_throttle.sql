-- Failed sign-ins at the embedded provider, counted by account and by client address so that every
-- node holds the same count (docs/decisions/0024-embedded-provider-safety.md). A row is changed under
-- its row lock while a sign-in is checked; it goes after a success (accounts) or when forgotten.
create table sign_in_throttle (
    kind            varchar(10)  not null,
    subject         varchar(200) not null,
    failures        integer      not null,
    last_failure_at timestamp(6) with time zone,
    locked_until    timestamp(6) with time zone,
    primary key (kind, subject),
    constraint sign_in_throttle_kind check (kind in ('ACCOUNT', 'ADDRESS'))
);
