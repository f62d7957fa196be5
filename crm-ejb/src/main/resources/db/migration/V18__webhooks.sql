-- Webhooks: an admin registers a URL and the event types it wants; each published event of those
-- types becomes a delivery, sent signed (HMAC-SHA256 with the hook's secret) and retried with
-- back-off. A hook that keeps failing is paused and the admins are told.

create sequence webhook_seq start with 1000 increment by 50;
create sequence webhook_delivery_seq start with 1000 increment by 50;

create table webhook (
    id                   bigint        not null primary key,
    version              bigint        not null,
    created_at           timestamp     not null,
    created_by           varchar(80)   not null,
    updated_at           timestamp     not null,
    updated_by           varchar(80)   not null,
    url                  varchar(500)  not null,
    event_types          varchar(4000) not null,
    secret               varchar(100)  not null,
    active               boolean       not null,
    paused_at            timestamp,
    pause_reason         varchar(300),
    consecutive_failures int           not null
);

create table webhook_delivery (
    id              bigint        not null primary key,
    webhook_id      bigint        not null,
    event_position  bigint        not null,
    event_id        varchar(36)   not null,
    event_type      varchar(80)   not null,
    status          varchar(20)   not null,
    attempts        int           not null,
    next_attempt_at timestamp,
    last_attempt_at timestamp,
    last_status     int,
    last_error      varchar(300),
    delivered_at    timestamp,
    constraint fk_webhook_delivery_hook foreign key (webhook_id) references webhook (id) on delete cascade,
    constraint uq_webhook_delivery unique (webhook_id, event_id)
);
create index ix_webhook_delivery_due on webhook_delivery (status, next_attempt_at);
create index ix_webhook_delivery_hook on webhook_delivery (webhook_id, event_position);
