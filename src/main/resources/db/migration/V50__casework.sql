-- Casework: teams and their work queues, cases, and each case's timeline.

create table team (
    id      varchar(60)  not null primary key,
    name_en varchar(200) not null,
    name_cy varchar(200) not null
);

-- A queue belongs to one team; routing rules in the service definitions name queues by id.
create table work_queue (
    id      varchar(60)  not null primary key,
    team_id varchar(60)  not null references team (id),
    name_en varchar(200) not null,
    name_cy varchar(200) not null
);

-- Staff (by sign-in account id, e.g. 'staff:cara') in teams; a supervisor supervises that team.
create table team_member (
    team_id    varchar(60)  not null references team (id),
    staff_id   varchar(300) not null,
    supervisor boolean      not null,
    primary key (team_id, staff_id)
);
create index team_member_by_staff on team_member (staff_id);

-- A case for every submitted request: the request id is unique, so a request makes one case
-- however often its event is delivered.
create table service_case (
    id              varchar(36)   not null primary key,
    reference       varchar(13)   not null,
    request_id      varchar(36)   not null,
    service_id      varchar(100)  not null,
    service_version integer       not null,
    resident_id     varchar(36)   not null,
    channel         varchar(20)   not null,
    entered_by      varchar(300),
    answers         varchar(1000000) not null,
    ward            varchar(100),
    -- 1 low, 2 normal, 3 high, 4 urgent: Take next takes the highest first
    priority        integer       not null,
    status          varchar(30)   not null,
    queue_id        varchar(60)   not null references work_queue (id),
    routed_by_rule  varchar(200),
    assigned_to     varchar(300),
    submitted_at    timestamp(6) with time zone not null,
    due_at          timestamp(6) with time zone not null,
    -- set while the clock is paused (awaiting the resident)
    paused_at       timestamp(6) with time zone,
    sla_state       varchar(20)   not null,
    outcome         varchar(60),
    -- the resident-facing words about the outcome
    outcome_summary varchar(4000),
    -- when the case last got an outcome: reopening is allowed for a while after it
    outcome_at      timestamp(6) with time zone,
    updated_at      timestamp(6) with time zone not null,
    version         bigint        not null,
    constraint service_case_reference unique (reference),
    constraint service_case_request unique (request_id)
);
-- Take next: the unassigned open cases of some queues, most urgent then soonest due
create index service_case_to_take on service_case (queue_id, assigned_to, priority, due_at);
create index service_case_by_resident on service_case (resident_id);

-- Everything that happened to a case; residents see only the entries marked visible to them.
create table case_timeline (
    id                  varchar(36)  not null primary key,
    case_id             varchar(36)  not null references service_case (id),
    happened_at         timestamp(6) with time zone not null,
    kind                varchar(40)  not null,
    visible_to_resident boolean      not null,
    actor               varchar(300),
    -- what the entry is about: the channel, the queue, the officer, the new status
    subject             varchar(300),
    -- words that go with it: the rule that routed the case, a reason, a note
    detail              varchar(4000)
);
create index case_timeline_by_case on case_timeline (case_id, happened_at);

insert into team (id, name_en, name_cy) values
    ('waste', 'Waste and recycling', 'Gwastraff ac ailgylchu'),
    ('highways', 'Highways', 'Priffyrdd'),
    ('council-tax', 'Council tax', 'Treth gyngor'),
    ('housing-repairs', 'Housing repairs', 'Atgyweirio tai'),
    ('adult-social-care', 'Adult social care', 'Gofal cymdeithasol i oedolion'),
    ('registrars', 'Registrars', 'Cofrestryddion'),
    ('school-admissions', 'School admissions', 'Derbyniadau ysgol'),
    ('customer-services', 'Customer services', 'Gwasanaethau cwsmeriaid');

insert into work_queue (id, team_id, name_en, name_cy) values
    ('waste-collections', 'waste', 'Missed collections', 'Casgliadau a fethwyd'),
    ('garden-waste', 'waste', 'Garden waste', 'Gwastraff gardd'),
    ('bin-deliveries', 'waste', 'Bin deliveries', 'Dosbarthu biniau'),
    ('bulky-waste', 'waste', 'Bulky waste', 'Gwastraff swmpus'),
    ('highway-inspections', 'highways', 'Highway inspections', 'Archwiliadau priffyrdd'),
    ('highway-emergencies', 'highways', 'Highway emergencies', 'Argyfyngau priffyrdd'),
    ('street-lighting', 'highways', 'Street lighting', 'Goleuadau stryd'),
    ('street-lighting-urgent', 'highways', 'Street lighting: urgent', 'Goleuadau stryd: brys'),
    ('council-tax-changes', 'council-tax', 'Changes of address', 'Newid cyfeiriad'),
    ('council-tax-closures', 'council-tax', 'Accounts to close', 'Cyfrifon i''w cau'),
    ('council-tax-discounts', 'council-tax', 'Discounts', 'Gostyngiadau'),
    ('repairs', 'housing-repairs', 'Repairs', 'Atgyweiriadau'),
    ('repairs-damp-and-mould', 'housing-repairs', 'Damp and mould', 'Lleithder a llwydni'),
    ('adult-social-care-front-door', 'adult-social-care', 'First contact', 'Cyswllt cyntaf'),
    ('adult-social-care-welsh', 'adult-social-care', 'Welsh-speaking assessors', 'Aseswyr Cymraeg eu hiaith'),
    ('registration', 'registrars', 'Registrations', 'Cofrestriadau'),
    ('school-admissions', 'school-admissions', 'Admissions', 'Derbyniadau'),
    ('in-year-transfers', 'school-admissions', 'In-year transfers', 'Trosglwyddiadau yn ystod y flwyddyn'),
    ('blue-badges', 'customer-services', 'Blue badges', 'Bathodynnau glas'),
    ('blue-badge-assessments', 'customer-services', 'Blue badge assessments', 'Asesiadau bathodyn glas'),
    ('general-enquiries', 'customer-services', 'General enquiries', 'Ymholiadau cyffredinol');
