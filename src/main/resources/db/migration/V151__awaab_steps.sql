-- Awaab's Law steps of a damp and mould case (decision 0041): each step the officer records, with its
-- own due date on the business calendar. The follow-on steps are added when the investigation is done.
create table awaab_step (
    case_reference varchar(13)                 not null,
    step           varchar(30)                 not null,
    due_at         timestamp(6) with time zone not null,
    done_at        timestamp(6) with time zone,
    done_by        varchar(300),
    primary key (case_reference, step)
);
