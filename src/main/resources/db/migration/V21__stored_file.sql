-- Files residents and staff upload with a request. The content is in the file store (a folder, or
-- object storage) under the same random id; here is what Porth knows about it.
create table stored_file (
    id          varchar(64)  not null primary key,
    draft_id    varchar(64)  not null,
    -- the resident's file name made safe for display, never used as a path
    name        varchar(255) not null,
    -- from the content's first bytes, not the browser or the name
    media_type  varchar(100) not null,
    size        bigint       not null,
    -- SHA-256 of the content, lower-case hex
    sha256      varchar(64)  not null,
    -- the SignedInUser id, e.g. resident:7f3c...
    uploaded_by varchar(300) not null,
    uploaded_at timestamp(6) with time zone not null
);

create index stored_file_by_draft on stored_file (draft_id);
