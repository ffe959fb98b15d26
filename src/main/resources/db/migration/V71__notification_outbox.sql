-- Notifications: one row for each message to one person on one channel, written when the event that
-- causes it is received, then sent by the delivery worker (docs/decisions/0015-notifications.md).
-- In-portal notifications are delivered by being stored: their rows start SENT and are read here.
create table notification (
    id              uuid                        not null primary key,
    -- the cause, the person and the channel: an event delivered twice makes one row, not two
    dedupe_key      varchar(400)                not null unique,
    kind            varchar(40)                 not null,
    channel         varchar(20)                 not null,
    resident_id     uuid,
    staff_id        varchar(300),
    -- the email address or phone number it goes to; null in the portal
    address         varchar(320),
    language        varchar(2)                  not null,
    reference       varchar(40)                 not null,
    link            varchar(500)                not null,
    subject         varchar(400)                not null,
    body            varchar(8000)               not null,
    -- PENDING, SENDING (claimed by a worker until lease_until), SENT, FAILED (permanent, or out of
    -- tries), UNCERTAIN (a worker stopped mid-send: it may have gone; an administrator decides)
    status          varchar(20)                 not null,
    attempts        integer                     not null,
    next_attempt_at timestamp(6) with time zone not null,
    lease_until     timestamp(6) with time zone,
    last_error      varchar(1000),
    created_at      timestamp(6) with time zone not null,
    sent_at         timestamp(6) with time zone,
    read_at         timestamp(6) with time zone
);
-- the worker's claim: the pending rows that are due, oldest due first
create index notification_due on notification (status, next_attempt_at);
-- a resident's bell: their in-portal notifications, newest first
create index notification_in_portal on notification (resident_id, channel, created_at);

-- Staff email addresses as their sign-in provider last gave them (the OIDC email claim), for
-- notifications to supervisors: Porth has no staff directory.
create table staff_contact (
    staff_id   varchar(300)                not null primary key,
    email      varchar(320)                not null,
    language   varchar(2)                  not null,
    updated_at timestamp(6) with time zone not null
);
