-- CSV imports: jobs with progress and error reports; leads remember the import row they came from.

create sequence import_job_seq start with 1000 increment by 50;

create table import_job (
    id             bigint        not null primary key,
    record_type    varchar(20)   not null,
    file_name      varchar(200)  not null,
    status         varchar(20)   not null,
    mapping        varchar(2000) not null,
    assign_by_rules boolean      not null,
    total_rows     integer       not null,
    processed_rows integer       not null,
    imported_rows  integer       not null,
    skipped_rows   integer       not null,
    error_rows     integer       not null,
    content        ${clob}       not null,
    error_report   ${clob},
    message        varchar(500),
    owner_id       bigint        not null,
    started_at     timestamp,
    finished_at    timestamp,
    version        bigint        not null,
    created_at     timestamp     not null,
    created_by     varchar(80)   not null,
    updated_at     timestamp     not null,
    updated_by     varchar(80)   not null,
    constraint fk_import_job_owner foreign key (owner_id) references crm_user (id)
);
create index ix_import_job_owner on import_job (owner_id, created_at);

-- the same row imported twice is recognised (and skipped) by this key
alter table sales_lead add column import_key varchar(64);
create unique index ux_sales_lead_import_key on sales_lead (import_key);
