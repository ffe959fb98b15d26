-- A lawful basis staff record for a personal device when the resident has not consented (or withdrew
-- their consent): with it, the device's preventive signals open adult social care review cases again.
-- The officer's justification is kept for supervisors to check (decision 0051). A table of its own,
-- one row a device at most: the device table comes later in version order (V160).
create table device_basis (
    for_device          varchar(36)                 not null primary key,
    lawful_basis        varchar(30)                 not null,
    basis_justification varchar(2000)               not null,
    basis_recorded_by   varchar(300)                not null,
    basis_recorded_at   timestamp(6) with time zone not null
);
