-- Booking rules an administrator changed for a resource, in place of those in booking/resources.yaml
-- (docs/decisions/0020-booking-rules-admin.md). One row per resource ever changed, its latest change:
-- a rule left null is the file's, so "back to the council's defaults" empties every rule and keeps
-- who did it and when. Slot length and wards are only ever the file's.
create table booking_resource_rule (
    resource_id    varchar(60)  not null primary key,
    capacity       integer,
    horizon_days   integer,
    -- ISO-8601 durations, e.g. PT1H
    lead_time      varchar(30),
    cancel_until   varchar(30),
    -- 0: no household limit; else bookings per limit_per
    limit_bookings integer,
    limit_per      varchar(5),
    -- every weekday with its ranges, a closed day empty: MONDAY=08:00-16:00;TUESDAY=;...
    opening        varchar(1000),
    changed_by     varchar(300) not null,
    changed_at     timestamp(6) with time zone not null,
    constraint booking_resource_rule_capacity check (capacity is null or capacity >= 1),
    constraint booking_resource_rule_horizon check (horizon_days is null or horizon_days >= 1),
    constraint booking_resource_rule_limit check ((limit_bookings is null and limit_per is null)
        or (limit_bookings = 0 and limit_per is null)
        or (limit_bookings >= 1 and limit_per in ('DAY', 'WEEK', 'MONTH')))
);

-- A slot whose capacity an administrator lowered below the places already taken keeps
-- capacity = taken (so taken <= capacity holds and it takes no more), and shrinks towards lowered_to
-- as places are given back: it takes bookings again only once it is below the new capacity.
alter table booking_slot add column lowered_to integer;
alter table booking_slot add constraint booking_slot_lowered
    check (lowered_to is null or (lowered_to >= 1 and lowered_to < capacity));
