-- The property (UPRN) each case is about, when its answers name one (a location or address picked
-- from the gazetteer), so that staff see the earlier cases at the same address: a damp case with three
-- mould reports before it is a different case. Kept when the case opens; V153 fills in older cases.
create table case_property (
    case_id varchar(36) not null primary key references service_case (id),
    uprn    varchar(12) not null
);

create index case_property_by_uprn on case_property (uprn);
