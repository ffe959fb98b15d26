-- The residents the council knows ("tell us once"): one record per person, whether they signed in
-- themselves or an officer created it for a caller (assisted digital). Portable: H2 and PostgreSQL.
create table resident (
    id                 uuid                        not null primary key,
    -- the sign-in account (SignedInUser.id()); null until a resident created by staff signs in
    account_id         varchar(300),
    given_name         varchar(100)                not null,
    family_name        varchar(100)                not null,
    date_of_birth      date,
    address_uprn       varchar(12),
    address_line1      varchar(200),
    address_line2      varchar(200),
    address_town       varchar(100),
    address_postcode   varchar(8),
    address_ward       varchar(100),
    phone              varchar(30),
    -- stored lower-case: a sign-in's verified email is compared with it
    email              varchar(254),
    preferred_language varchar(10)                 not null,
    contact_by_email   boolean                     not null default true,
    contact_by_text    boolean                     not null default false,
    contact_by_post    boolean                     not null default false,
    created_by         varchar(10)                 not null,
    created_by_officer varchar(300),
    created_at         timestamp(6) with time zone not null,
    updated_at         timestamp(6) with time zone not null,
    linked_at          timestamp(6) with time zone,
    -- lower-case name, email, phone digits and address, for the officers' search
    search_text        varchar(1000)               not null,
    version            bigint                      not null,
    constraint resident_account_unique unique (account_id),
    constraint resident_created_by_check check (created_by in ('SELF', 'OFFICER')),
    constraint resident_officer_check check ((created_by = 'OFFICER') = (created_by_officer is not null))
);

create index resident_by_email on resident (email);

-- What a resident agreed to share, in the words they were shown, until they withdraw it.
create table resident_consent (
    id                  uuid                        not null primary key,
    resident_id         uuid                        not null references resident (id),
    wording_en          varchar(2000)               not null,
    wording_cy          varchar(2000)               not null,
    -- the profile fields it covers, by their prefill names: "address,phone"
    fields              varchar(200)                not null,
    -- who may use them: every council service that uses these fields
    shared_with         varchar(40)                 not null,
    recorded_by_officer varchar(300),
    given_at            timestamp(6) with time zone not null,
    withdrawn_at        timestamp(6) with time zone,
    version             bigint                      not null
);

create index resident_consent_by_resident on resident_consent (resident_id);
