-- The forecast: quotas per rep and month, managers' adjustments of a rep's numbers, and frozen snapshots.

create sequence quota_seq start with 1000 increment by 50;
create sequence forecast_adjustment_seq start with 1000 increment by 50;
create sequence forecast_snapshot_seq start with 1000 increment by 50;

-- what a rep should win in a month; a quarter's quota is the sum of its months
create table quota (
    id           bigint        not null primary key,
    user_id      bigint        not null,
    month_start  date          not null,
    amount       numeric(17,2) not null,
    currency     varchar(3)    not null,
    version      bigint        not null,
    created_at   timestamp     not null,
    created_by   varchar(80)   not null,
    updated_at   timestamp     not null,
    updated_by   varchar(80)   not null,
    constraint uq_quota unique (user_id, month_start),
    constraint fk_quota_user foreign key (user_id) references crm_user (id)
);
create index ix_quota_month on quota (month_start);

-- a manager's view of a rep's commit and best case for a period, with the reason
create table forecast_adjustment (
    id            bigint        not null primary key,
    user_id       bigint        not null,
    period_kind   varchar(10)   not null,
    period_start  date          not null,
    currency      varchar(3)    not null,
    commit_amount numeric(17,2) not null,
    best_case     numeric(17,2) not null,
    note          varchar(1000) not null,
    version       bigint        not null,
    created_at    timestamp     not null,
    created_by    varchar(80)   not null,
    updated_at    timestamp     not null,
    updated_by    varchar(80)   not null,
    constraint uq_forecast_adjustment unique (user_id, period_kind, period_start, currency),
    constraint fk_forecast_adjustment_user foreign key (user_id) references crm_user (id)
);

-- a rep's forecast for a period as it stood at one moment; compared with what was won once the period is over
create table forecast_snapshot (
    id            bigint        not null primary key,
    taken_at      timestamp     not null,
    reason        varchar(10)   not null,
    -- the ISO week (2026-W48) of a weekly snapshot; null for one taken on demand
    week_key      varchar(10),
    taken_by      varchar(80)   not null,
    user_id       bigint        not null,
    team_id       bigint,
    period_kind   varchar(10)   not null,
    period_start  date          not null,
    currency      varchar(3)    not null,
    won           numeric(17,2) not null,
    commit_amount numeric(17,2) not null,
    best_case     numeric(17,2) not null,
    pipeline      numeric(17,2) not null,
    weighted      numeric(17,2) not null,
    constraint fk_forecast_snapshot_user foreign key (user_id) references crm_user (id),
    constraint fk_forecast_snapshot_team foreign key (team_id) references team (id)
);
create index ix_forecast_snapshot_period on forecast_snapshot (period_kind, period_start, user_id);
-- the weekly snapshot is taken once per week and period, whichever instance's timer fires
create unique index ux_forecast_snapshot_weekly on forecast_snapshot (user_id, period_kind, period_start, currency, week_key);
create index ix_opportunity_forecast on opportunity (expected_close_date, forecast_category);
