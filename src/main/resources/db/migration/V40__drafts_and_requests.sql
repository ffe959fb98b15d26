-- Drafts: every Continue saves one, so a resident can leave and come back on another device.
create table application_draft (
    id              varchar(36)  not null primary key,
    resident_id     varchar(36)  not null,
    service_id      varchar(100) not null,
    service_version integer      not null,
    answers         varchar(1000000) not null,
    -- answers the resident was asked to share with their account ("tell us once"), as they were then
    share_decisions varchar(100000) not null,
    -- the page to come back to: the one after the last page saved; null for check your answers
    resume_page     varchar(100),
    channel         varchar(20)  not null,
    officer_id      varchar(300),
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    expires_at      timestamp(6) with time zone not null,
    version         bigint       not null
);
create index application_draft_by_resident on application_draft (resident_id);
create index application_draft_by_expiry on application_draft (expires_at);

-- Submitted requests. A draft submits once: its id is unique here, which makes Submit idempotent.
create table submitted_request (
    id              varchar(36)  not null primary key,
    reference       varchar(13)  not null,
    draft_id        varchar(36)  not null,
    resident_id     varchar(36)  not null,
    service_id      varchar(100) not null,
    service_version integer      not null,
    answers         varchar(1000000) not null,
    channel         varchar(20)  not null,
    officer_id      varchar(300),
    submitted_at    timestamp(6) with time zone not null,
    constraint submitted_request_reference unique (reference),
    constraint submitted_request_draft unique (draft_id)
);
create index submitted_request_by_resident on submitted_request (resident_id);
