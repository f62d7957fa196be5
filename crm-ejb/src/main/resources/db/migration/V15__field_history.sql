-- The field-level history of customer and sales records: who changed which field, when, from what to what.
-- Written in the same transaction as the change; never updated or deleted by the CRM.

create sequence field_change_seq start with 1000 increment by 50;

create table field_change (
    id           bigint        not null primary key,
    occurred_at  timestamp     not null,
    username     varchar(80)   not null,
    record_type  varchar(40)   not null,
    record_id    bigint        not null,
    record_label varchar(300),
    field        varchar(80)   not null,
    old_value    varchar(2000),
    new_value    varchar(2000)
);
create index ix_field_change_record on field_change (record_type, record_id, occurred_at);
create index ix_field_change_user on field_change (username, occurred_at);
create index ix_field_change_time on field_change (occurred_at);
