-- Support needs a resident told the council about in My account (a disability, being 75 or older,
-- ...), kept only while they consent: withdrawing the consent deletes the row. Casework turns
-- them into flags on the cases of their later requests. Portable: H2 and PostgreSQL.
create table resident_support_needs (
    resident_id        uuid                        not null primary key references resident (id),
    -- SupportNeed keys: "disability,over-75"
    needs              varchar(200)                not null,
    -- the consent exactly as shown
    consent_wording_en varchar(2000)               not null,
    consent_wording_cy varchar(2000)               not null,
    given_at           timestamp(6) with time zone not null,
    version            bigint                      not null
);
