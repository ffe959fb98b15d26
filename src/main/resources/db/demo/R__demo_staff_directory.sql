-- The names of the demo staff accounts of the embedded sign-in (not in production: see
-- spring.flyway.locations), so they show before anyone signs in; signing in records them again.
delete from staff_member where account_id in ('staff:cara', 'staff:sunil', 'staff:alex');
insert into staff_member (account_id, display_name, updated_at) values
    ('staff:cara', 'Cara Jones', current_timestamp),
    ('staff:sunil', 'Sunil Patel', current_timestamp),
    ('staff:alex', 'Alex Morgan', current_timestamp);
