-- The pipeline: configurable stages with entry criteria, stage history, competitors, deal contacts,
-- attention flags and in-app notifications.

create sequence pipeline_stage_seq start with 1000 increment by 50;
create sequence stage_move_seq start with 1000 increment by 50;
create sequence competitor_seq start with 1000 increment by 50;
create sequence opportunity_competitor_seq start with 1000 increment by 50;
create sequence opportunity_contact_seq start with 1000 increment by 50;
create sequence notification_seq start with 1000 increment by 50;

create table pipeline_stage (
    id           bigint       not null primary key,
    name         varchar(60)  not null,
    position     integer      not null,
    probability  integer      not null,
    kind         varchar(10)  not null,
    max_days     integer,
    active       boolean      not null,
    version      bigint       not null,
    created_at   timestamp    not null,
    created_by   varchar(80)  not null,
    updated_at   timestamp    not null,
    updated_by   varchar(80)  not null,
    constraint uq_pipeline_stage_name unique (name)
);

create table pipeline_stage_criterion (
    stage_id  bigint      not null,
    criterion varchar(40) not null,
    constraint pk_pipeline_stage_criterion primary key (stage_id, criterion),
    constraint fk_pipeline_stage_criterion_stage foreign key (stage_id) references pipeline_stage (id) on delete cascade
);

insert into pipeline_stage (id, name, position, probability, kind, max_days, active, version, created_at, created_by, updated_at, updated_by) values
    (1, 'Prospecting', 1, 10, 'OPEN', 30, true, 1, current_timestamp, 'system', current_timestamp, 'system'),
    (2, 'Qualification', 2, 20, 'OPEN', 30, true, 1, current_timestamp, 'system', current_timestamp, 'system'),
    (3, 'Needs assessment', 3, 40, 'OPEN', 30, true, 1, current_timestamp, 'system', current_timestamp, 'system'),
    (4, 'Proposal', 4, 60, 'OPEN', 30, true, 1, current_timestamp, 'system', current_timestamp, 'system'),
    (5, 'Negotiation', 5, 80, 'OPEN', 30, true, 1, current_timestamp, 'system', current_timestamp, 'system'),
    (6, 'Closed won', 6, 100, 'WON', null, true, 1, current_timestamp, 'system', current_timestamp, 'system'),
    (7, 'Closed lost', 7, 0, 'LOST', null, true, 1, current_timestamp, 'system', current_timestamp, 'system');
insert into pipeline_stage_criterion (stage_id, criterion) values
    (2, 'BANT_COMPLETE'),
    (3, 'PRIMARY_CONTACT_WITH_ROLE'),
    (4, 'NEEDS_AND_VALUE'),
    (7, 'LOSS_REASON');

create table competitor (
    id          bigint        not null primary key,
    name        varchar(120)  not null,
    website     varchar(200),
    strengths   varchar(2000),
    weaknesses  varchar(2000),
    active      boolean       not null,
    version     bigint        not null,
    created_at  timestamp     not null,
    created_by  varchar(80)   not null,
    updated_at  timestamp     not null,
    updated_by  varchar(80)   not null,
    constraint uq_competitor_name unique (name)
);

-- the deal itself
alter table opportunity add column stage_id bigint;
update opportunity set stage_id = 1;
alter table opportunity alter column stage_id set not null;
alter table opportunity drop column stage;
alter table opportunity add constraint fk_opportunity_stage foreign key (stage_id) references pipeline_stage (id);
alter table opportunity add column probability integer default 10 not null;
alter table opportunity add column stage_entered_at timestamp;
update opportunity set stage_entered_at = created_at;
alter table opportunity alter column stage_entered_at set not null;
alter table opportunity add column budget_amount numeric(17,2);
alter table opportunity add column budget_confirmed boolean default false not null;
alter table opportunity add column decision_maker varchar(200);
alter table opportunity add column needs_problems varchar(2000);
alter table opportunity add column needs_goals varchar(2000);
alter table opportunity add column needs_requirements varchar(2000);
alter table opportunity add column products_of_interest varchar(1000);
alter table opportunity add column next_step varchar(500);
alter table opportunity add column notes varchar(4000);
alter table opportunity add column loss_reason varchar(30);
alter table opportunity add column loss_note varchar(1000);
alter table opportunity add column lost_to_competitor_id bigint;
alter table opportunity add column closed_at timestamp;
-- attention flags as dates (null: not flagged), so that they also say since when
alter table opportunity add column stale_since timestamp;
alter table opportunity add column past_close_since date;
alter table opportunity add column swot_strengths varchar(2000);
alter table opportunity add column swot_weaknesses varchar(2000);
alter table opportunity add column swot_opportunities varchar(2000);
alter table opportunity add column swot_threats varchar(2000);
alter table opportunity add constraint fk_opportunity_lost_to foreign key (lost_to_competitor_id) references competitor (id);
create index ix_opportunity_stage_amount on opportunity (stage_id, amount);
create index ix_opportunity_owner_stage on opportunity (owner_id, stage_id);
create index ix_opportunity_close_date on opportunity (expected_close_date);
create index ix_opportunity_stage_entered on opportunity (stage_id, stage_entered_at);

-- every stage move, with the deal's amount and probability at that moment
create table stage_move (
    id              bigint        not null primary key,
    opportunity_id  bigint        not null,
    from_stage_id   bigint,
    to_stage_id     bigint        not null,
    moved_at        timestamp     not null,
    moved_by        varchar(80)   not null,
    amount          numeric(17,2),
    currency        varchar(3),
    probability     integer       not null,
    backwards       boolean       not null,
    override_reason varchar(500),
    constraint fk_stage_move_opportunity foreign key (opportunity_id) references opportunity (id) on delete cascade,
    constraint fk_stage_move_from foreign key (from_stage_id) references pipeline_stage (id),
    constraint fk_stage_move_to foreign key (to_stage_id) references pipeline_stage (id)
);
create index ix_stage_move_opportunity on stage_move (opportunity_id, moved_at);
create index ix_stage_move_to on stage_move (to_stage_id, moved_at);
-- (ids of rows written here are the negated opportunity ids: H2 and PostgreSQL share no nextval syntax,
-- and negative ids never meet the sequence's)
insert into stage_move (id, opportunity_id, from_stage_id, to_stage_id, moved_at, moved_by, amount, currency, probability, backwards)
    select -id, id, null, 1, created_at, created_by, amount, currency, 10, false from opportunity;

create table opportunity_contact (
    id             bigint      not null primary key,
    opportunity_id bigint      not null,
    contact_id     bigint      not null,
    buying_role    varchar(30),
    version        bigint      not null,
    created_at     timestamp   not null,
    created_by     varchar(80) not null,
    updated_at     timestamp   not null,
    updated_by     varchar(80) not null,
    constraint uq_opportunity_contact unique (opportunity_id, contact_id),
    constraint fk_opportunity_contact_opportunity foreign key (opportunity_id) references opportunity (id) on delete cascade,
    constraint fk_opportunity_contact_contact foreign key (contact_id) references contact (id)
);
create index ix_opportunity_contact_contact on opportunity_contact (contact_id);
insert into opportunity_contact (id, opportunity_id, contact_id, buying_role, version, created_at, created_by, updated_at, updated_by)
    select -o.id, o.id, o.primary_contact_id, c.buying_role, 1, o.created_at, o.created_by,
           o.created_at, o.created_by
    from opportunity o join contact c on c.id = o.primary_contact_id;

create table opportunity_competitor (
    id             bigint        not null primary key,
    opportunity_id bigint        not null,
    competitor_id  bigint        not null,
    strengths      varchar(2000),
    weaknesses     varchar(2000),
    version        bigint        not null,
    created_at     timestamp     not null,
    created_by     varchar(80)   not null,
    updated_at     timestamp     not null,
    updated_by     varchar(80)   not null,
    constraint uq_opportunity_competitor unique (opportunity_id, competitor_id),
    constraint fk_opportunity_competitor_opportunity foreign key (opportunity_id) references opportunity (id) on delete cascade,
    constraint fk_opportunity_competitor_competitor foreign key (competitor_id) references competitor (id)
);
create index ix_opportunity_competitor_competitor on opportunity_competitor (competitor_id);

-- in-app notifications; the topic makes each occurrence notify once, whichever instance finds it
create table notification (
    id             bigint        not null primary key,
    user_id        bigint        not null,
    topic          varchar(200)  not null,
    message        varchar(500)  not null,
    opportunity_id bigint,
    created_at     timestamp     not null,
    read_at        timestamp,
    constraint uq_notification_topic unique (user_id, topic),
    constraint fk_notification_user foreign key (user_id) references crm_user (id),
    constraint fk_notification_opportunity foreign key (opportunity_id) references opportunity (id) on delete cascade
);
create index ix_notification_unread on notification (user_id, read_at);
