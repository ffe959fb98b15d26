-- The demo staff accounts of the embedded sign-in in their teams (not in production: see
-- spring.flyway.locations). Cara is a caseworker; Sunil supervises the teams he works in.
delete from team_member where staff_id in ('staff:cara', 'staff:sunil');
insert into team_member (team_id, staff_id, supervisor) values
    ('waste', 'staff:cara', false),
    ('highways', 'staff:cara', false),
    ('customer-services', 'staff:cara', false),
    ('waste', 'staff:sunil', true),
    ('highways', 'staff:sunil', true),
    ('housing-repairs', 'staff:sunil', true),
    ('customer-services', 'staff:sunil', true);
