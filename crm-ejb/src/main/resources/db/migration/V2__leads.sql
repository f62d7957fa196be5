-- Leads: capture, BANT, scoring, disqualification; minimal opportunities for conversion.

create sequence lead_seq start with 1000 increment by 50;
create sequence disqualification_reason_seq start with 1000 increment by 50;
create sequence opportunity_seq start with 1000 increment by 50;

-- for duplicate matching of leads against contacts
alter table contact add column phone_norm varchar(20);
alter table contact add column person_norm varchar(200);
create index ix_contact_phone_norm on contact (phone_norm);
create index ix_contact_person_norm on contact (person_norm);

create table disqualification_reason (
    id          bigint       not null primary key,
    name        varchar(100) not null,
    active      boolean      not null,
    version     bigint       not null,
    created_at  timestamp    not null,
    created_by  varchar(80)  not null,
    updated_at  timestamp    not null,
    updated_by  varchar(80)  not null,
    constraint uq_disqualification_reason_name unique (name)
);
insert into disqualification_reason (id, name, active, version, created_at, created_by, updated_at, updated_by) values
    (1, 'No budget', true, 1, current_timestamp, 'system', current_timestamp, 'system'),
    (2, 'No need', true, 1, current_timestamp, 'system', current_timestamp, 'system'),
    (3, 'Lost to competitor', true, 1, current_timestamp, 'system', current_timestamp, 'system'),
    (4, 'Unreachable', true, 1, current_timestamp, 'system', current_timestamp, 'system'),
    (5, 'Duplicate', true, 1, current_timestamp, 'system', current_timestamp, 'system'),
    (6, 'Wrong timing', true, 1, current_timestamp, 'system', current_timestamp, 'system'),
    (7, 'Not a fit', true, 1, current_timestamp, 'system', current_timestamp, 'system');

create table lead_settings (
    id                          bigint        not null primary key,
    budget_weight               integer       not null,
    authority_weight            integer       not null,
    need_weight                 integer       not null,
    timeline_weight             integer       not null,
    fit_weight                  integer       not null,
    engagement_weight           integer       not null,
    hot_threshold               integer       not null,
    warm_threshold              integer       not null,
    target_industries           varchar(1000),
    require_need                boolean       not null,
    require_timeline            boolean       not null,
    require_budget_or_authority boolean       not null,
    version                     bigint        not null,
    created_at                  timestamp     not null,
    created_by                  varchar(80)   not null,
    updated_at                  timestamp     not null,
    updated_by                  varchar(80)   not null
);
insert into lead_settings values (1, 20, 15, 20, 15, 15, 15, 70, 40, '', true, true, true,
    1, current_timestamp, 'system', current_timestamp, 'system');

create table sales_lead (
    id                         bigint        not null primary key,
    first_name                 varchar(100),
    last_name                  varchar(100)  not null,
    title                      varchar(100),
    email                      varchar(200),
    email_norm                 varchar(200),
    phone                      varchar(50),
    phone_norm                 varchar(20),
    person_norm                varchar(200),
    company                    varchar(200),
    company_norm               varchar(200),
    industry                   varchar(100),
    employees                  integer,
    region                     varchar(100),
    country                    varchar(100),
    source                     varchar(30)   not null,
    campaign                   varchar(100),
    budget_amount              numeric(17,2),
    budget_currency            varchar(3),
    budget_confirmed           boolean       not null,
    decision_maker             boolean,
    decision_maker_name        varchar(200),
    need                       varchar(1000),
    need_urgency               varchar(10),
    expected_purchase_date     date,
    notes                      varchar(2000),
    status                     varchar(20)   not null,
    disqualification_reason_id bigint,
    disqualification_note      varchar(500),
    score                      integer       not null,
    rating                     varchar(10)   not null,
    owner_id                   bigint        not null,
    converted_account_id       bigint,
    converted_contact_id       bigint,
    converted_opportunity_id   bigint,
    converted_at               timestamp,
    version                    bigint        not null,
    created_at                 timestamp     not null,
    created_by                 varchar(80)   not null,
    updated_at                 timestamp     not null,
    updated_by                 varchar(80)   not null,
    constraint fk_sales_lead_owner foreign key (owner_id) references crm_user (id),
    constraint fk_sales_lead_disqualification_reason foreign key (disqualification_reason_id) references disqualification_reason (id)
);
create index ix_lead_owner on sales_lead (owner_id);
create index ix_lead_status_score on sales_lead (status, score);
create index ix_lead_score on sales_lead (score);
create index ix_lead_email_norm on sales_lead (email_norm);
create index ix_lead_phone_norm on sales_lead (phone_norm);
create index ix_lead_company_person on sales_lead (company_norm, person_norm);
create index ix_lead_source on sales_lead (source);

create table opportunity (
    id                  bigint        not null primary key,
    name                varchar(200)  not null,
    account_id          bigint        not null,
    primary_contact_id  bigint,
    owner_id            bigint        not null,
    amount              numeric(17,2),
    currency            varchar(3),
    expected_close_date date,
    stage               varchar(40)   not null,
    source_lead_id      bigint,
    version             bigint        not null,
    created_at          timestamp     not null,
    created_by          varchar(80)   not null,
    updated_at          timestamp     not null,
    updated_by          varchar(80)   not null,
    constraint fk_opportunity_account foreign key (account_id) references account (id),
    constraint fk_opportunity_contact foreign key (primary_contact_id) references contact (id),
    constraint fk_opportunity_owner foreign key (owner_id) references crm_user (id)
);
create index ix_opportunity_account on opportunity (account_id);
create index ix_opportunity_owner on opportunity (owner_id);
create index ix_opportunity_contact on opportunity (primary_contact_id);
