-- Merging duplicate leads, contacts and accounts, and the scan that finds them among existing records.

create sequence record_merge_seq start with 1000 increment by 50;
create sequence duplicate_group_seq start with 1000 increment by 50;

-- What was merged into what, with the merged record's values as they were (nothing is lost).
create table record_merge (
    id                bigint        not null primary key,
    record_kind       varchar(20)   not null,
    survivor_id       bigint        not null,
    merged_id         bigint        not null,
    merged_label      varchar(400)  not null,
    merged_values     ${clob},
    fields_taken      varchar(1000),
    merged_import_key varchar(64),
    merged_at         timestamp     not null,
    merged_by         varchar(80)   not null
);
create index ix_record_merge_survivor on record_merge (record_kind, survivor_id);
create index ix_record_merge_import_key on record_merge (merged_import_key);

-- Likely duplicate groups found by the scan; dismissed ones are kept so that they do not come back.
create table duplicate_group (
    id          bigint        not null primary key,
    record_kind varchar(20)   not null,
    reason      varchar(300)  not null,
    signature   varchar(1000) not null,
    status      varchar(12)   not null,
    found_at    timestamp     not null,
    reviewed_by varchar(80),
    reviewed_at timestamp,
    version     bigint        not null,
    constraint uq_duplicate_group_signature unique (record_kind, signature)
);
create index ix_duplicate_group_status on duplicate_group (status, record_kind);

create table duplicate_group_member (
    group_id  bigint not null,
    record_id bigint not null,
    constraint pk_duplicate_group_member primary key (group_id, record_id),
    constraint fk_duplicate_group_member_group foreign key (group_id) references duplicate_group (id) on delete cascade
);
create index ix_duplicate_group_member_record on duplicate_group_member (record_id);

-- One row: the last scan. Locked while a scan runs, so that instances never scan at the same time.
create table duplicate_scan (
    id            bigint      not null primary key,
    started_at    timestamp,
    finished_at   timestamp,
    started_by    varchar(80),
    groups_found  integer     not null,
    records_found integer     not null,
    version       bigint      not null
);
insert into duplicate_scan (id, groups_found, records_found, version) values (1, 0, 0, 1);
