-- The email a resident's sign-in service last said it had verified (lower-case), or null: a report from
-- the API or Open311 naming it is theirs and shows in their My requests (docs/decisions/0048). Set at
-- every sign-in, so a sign-in that no longer says the email is verified stops the matching.
alter table resident add column verified_email varchar(254);
create index resident_verified_email on resident (verified_email);
