-- Notifications that wait too long (docs/decisions/0026-durability-and-outages.md).
-- When each notification was last tried, so that administrators see the latest error of what waits.
alter table notification add column last_attempt_at timestamp(6) with time zone;

-- A channel whose oldest waiting notification has waited longer than porth.notify.alert.after: raised
-- once (administrators told), cleared when it is back under, and raised again only for the next one.
create table notification_alert (
    channel    varchar(20)                 not null primary key,
    raised_at  timestamp(6) with time zone not null,
    cleared_at timestamp(6) with time zone
);

-- Administrators, as their staff sign-in last said, to tell of notifications that wait too long.
alter table staff_contact add column administrator boolean default false not null;

insert into job_lock (name) values ('notification-watch');
