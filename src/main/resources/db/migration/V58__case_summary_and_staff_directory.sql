-- What each request is about, in one line per language, written when its case opens (from the
-- answers its service lists under case-summary) so that a page of a queue reads it as a column.
-- Cases opened before this have none: an empty line, shown as nothing.
alter table service_case add column summary_en varchar(300) default '' not null;
alter table service_case add column summary_cy varchar(300) default '' not null;

-- The staff directory: the name each member of staff is shown by, as their sign-in provider last
-- gave it, by the account id used everywhere else (team_member.staff_id, assigned_to, audit).
create table staff_member (
    account_id   varchar(300) not null primary key,
    display_name varchar(300) not null,
    updated_at   timestamp(6) with time zone not null
);
