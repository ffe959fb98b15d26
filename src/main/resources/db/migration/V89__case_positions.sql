-- Where each case's problem is (its location answer's point, WGS84 degrees), so that other open
-- cases near it can be found by a range query instead of reading every case's answers.
create table case_position (
    case_id   varchar(36)      not null primary key references service_case (id),
    latitude  double precision not null,
    longitude double precision not null
);

create index case_position_point on case_position (latitude, longitude);
