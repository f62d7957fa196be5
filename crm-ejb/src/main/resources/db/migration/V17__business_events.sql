-- Business events for other applications (the outbox): written in the same transaction as the
-- change they announce, so there is an event exactly for what committed; delivered after commit.
-- The sequence hands out one id at a time, so ids follow the order in which events were made
-- (a record's events are made one after the other, each in a transaction that saw the previous).
-- position: the order of publication, gapless, given by the one relay run at a time (the
-- counter row is locked); the feed pages by it, so a late commit can never be skipped.

create sequence business_event_seq start with 1 increment by 1;

create table business_event (
    id            bigint        not null primary key,
    event_id      varchar(36)   not null,
    type          varchar(80)   not null,
    record_type   varchar(40)   not null,
    record_id     bigint        not null,
    owner_id      bigint,
    team_id       bigint,
    occurred_at   timestamp     not null,
    cloud_event   varchar(8000) not null,
    position      bigint,
    published_at  timestamp,
    constraint uq_business_event_id unique (event_id),
    constraint uq_business_event_position unique (position)
);
create index ix_business_event_unpublished on business_event (published_at, id);
create index ix_business_event_type on business_event (type, position);

create table business_event_counter (
    id            int           not null primary key,
    last_position bigint        not null
);
insert into business_event_counter (id, last_position) values (1, 0);
