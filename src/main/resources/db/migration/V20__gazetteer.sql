-- The council's local gazetteer (LLPG): streets by USRN and the addresses on them by UPRN.
-- Loaded at start-up from src/main/resources/gazetteer/*.csv when both tables are empty; a council
-- may load its own extract here instead (see docs/gazetteer.md).
create table gazetteer_street (
    usrn        varchar(8)       not null primary key,
    name        varchar(200)     not null,
    -- the name folded for search (lower case, no accents or apostrophes); filled at start-up when null
    search_name varchar(200),
    town        varchar(100)     not null,
    ward        varchar(100)     not null,
    latitude    double precision not null,
    longitude   double precision not null
);

create table gazetteer_address (
    uprn            varchar(12)      not null primary key,
    usrn            varchar(8)       not null references gazetteer_street (usrn),
    organisation    varchar(200),
    sub_building    varchar(100),
    building_name   varchar(100),
    building_number varchar(20),
    -- standard form, e.g. 'PT1 1AA'
    postcode        varchar(8)       not null,
    ward            varchar(100)     not null,
    latitude        double precision not null,
    longitude       double precision not null
);

create index gazetteer_address_by_postcode on gazetteer_address (postcode);
create index gazetteer_address_by_street on gazetteer_address (usrn);
