-- After the sale: service requests with SLA targets in business time, their history and notes.

create sequence service_request_seq start with 1000 increment by 50;
create sequence service_event_seq start with 1000 increment by 50;
create sequence holiday_seq start with 1000 increment by 50;

-- one row: business hours, reopening window, at-risk share, automatic assignment
create table service_settings (
    id              bigint       not null primary key,
    time_zone       varchar(40)  not null,
    work_start      varchar(5)   not null,
    work_end        varchar(5)   not null,
    work_days       varchar(80)  not null,
    reopen_days     integer      not null,
    at_risk_percent integer      not null,
    auto_assign     boolean      not null,
    follow_up_days  integer      not null,
    renewal_days    integer      not null,
    last_auto_assignee_id bigint,
    version         bigint       not null,
    created_at      timestamp    not null,
    created_by      varchar(80)  not null,
    updated_at      timestamp    not null,
    updated_by      varchar(80)  not null
);
insert into service_settings values (1, 'Europe/Berlin', '08:00', '18:00', 'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY',
    14, 80, false, 14, 60, null, 1, current_timestamp, 'system', current_timestamp, 'system');

-- targets in business minutes (a business day here is 10 hours = 600 minutes)
create table sla_target (
    priority                varchar(10)  not null primary key,
    first_response_minutes  integer      not null,
    resolution_minutes      integer      not null,
    version                 bigint       not null,
    created_at              timestamp    not null,
    created_by              varchar(80)  not null,
    updated_at              timestamp    not null,
    updated_by              varchar(80)  not null
);
insert into sla_target values ('URGENT', 30, 240, 1, current_timestamp, 'system', current_timestamp, 'system');
insert into sla_target values ('HIGH', 120, 1200, 1, current_timestamp, 'system', current_timestamp, 'system');
insert into sla_target values ('NORMAL', 480, 3000, 1, current_timestamp, 'system', current_timestamp, 'system');
insert into sla_target values ('LOW', 1200, 6000, 1, current_timestamp, 'system', current_timestamp, 'system');

create table holiday (
    id          bigint       not null primary key,
    holiday_date date        not null,
    name        varchar(100) not null,
    version     bigint       not null,
    created_at  timestamp    not null,
    created_by  varchar(80)  not null,
    updated_at  timestamp    not null,
    updated_by  varchar(80)  not null,
    constraint uq_holiday_date unique (holiday_date)
);

create table service_request (
    id                      bigint        not null primary key,
    subject                 varchar(200)  not null,
    description             varchar(4000),
    account_id              bigint        not null,
    contact_id              bigint,
    product_id              bigint,
    invoice_id              bigint,
    channel                 varchar(10)   not null,
    request_type            varchar(15)   not null,
    priority                varchar(10)   not null,
    status                  varchar(20)   not null,
    assignee_id             bigint,
    resolution              varchar(4000),
    satisfaction            integer,
    opened_at               timestamp     not null,
    first_response_due      timestamp     not null,
    resolution_due          timestamp     not null,
    first_responded_at      timestamp,
    resolved_at             timestamp,
    closed_at               timestamp,
    paused_since            timestamp,
    paused_minutes          integer       not null,
    at_risk_since           timestamp,
    response_breached_at    timestamp,
    resolution_breached_at  timestamp,
    visit_street            varchar(200),
    visit_postal_code       varchar(20),
    visit_city              varchar(100),
    visit_country           varchar(100),
    visit_date              date,
    visit_from              varchar(5),
    visit_to                varchar(5),
    technician_id           bigint,
    version                 bigint        not null,
    created_at              timestamp     not null,
    created_by              varchar(80)   not null,
    updated_at              timestamp     not null,
    updated_by              varchar(80)   not null,
    constraint fk_service_request_account foreign key (account_id) references account (id),
    constraint fk_service_request_contact foreign key (contact_id) references contact (id),
    constraint fk_service_request_product foreign key (product_id) references product (id),
    constraint fk_service_request_invoice foreign key (invoice_id) references invoice (id),
    constraint fk_service_request_assignee foreign key (assignee_id) references crm_user (id),
    constraint fk_service_request_technician foreign key (technician_id) references crm_user (id)
);
create index ix_service_request_queue on service_request (status, resolution_due);
create index ix_service_request_assignee on service_request (assignee_id, status);
create index ix_service_request_account on service_request (account_id);
create index ix_service_request_visit on service_request (technician_id, visit_date);

create table service_event (
    id                bigint        not null primary key,
    request_id        bigint        not null,
    happened_at       timestamp     not null,
    by_user           varchar(80)   not null,
    kind              varchar(20)   not null,
    from_value        varchar(200),
    to_value          varchar(200),
    note              varchar(4000),
    customer_visible  boolean       not null,
    constraint fk_service_event_request foreign key (request_id) references service_request (id) on delete cascade
);
create index ix_service_event_request on service_event (request_id, happened_at);

-- a contract (an invoice with a support term) is renewed once: the renewal deal is remembered
alter table invoice add column renewal_opportunity_id bigint;
alter table invoice add constraint fk_invoice_renewal foreign key (renewal_opportunity_id) references opportunity (id);
create index ix_invoice_support_ends on invoice (support_ends);
