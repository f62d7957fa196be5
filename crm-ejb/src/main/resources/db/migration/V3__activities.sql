-- Activities: calls, e-mails, meetings and tasks regarding leads, contacts, accounts, opportunities.

create sequence activity_seq start with 1000 increment by 50;

create table activity (
    id               bigint        not null primary key,
    type             varchar(10)   not null,
    subject          varchar(200)  not null,
    notes            varchar(4000),
    starts_at        timestamp     not null,
    duration_minutes integer,
    outcome          varchar(500),
    done             boolean       not null,
    lead_id          bigint,
    contact_id       bigint,
    account_id       bigint,
    opportunity_id   bigint,
    owner_id         bigint        not null,
    version          bigint        not null,
    created_at       timestamp     not null,
    created_by       varchar(80)   not null,
    updated_at       timestamp     not null,
    updated_by       varchar(80)   not null,
    constraint fk_activity_lead foreign key (lead_id) references sales_lead (id),
    constraint fk_activity_contact foreign key (contact_id) references contact (id),
    constraint fk_activity_account foreign key (account_id) references account (id),
    constraint fk_activity_opportunity foreign key (opportunity_id) references opportunity (id),
    constraint fk_activity_owner foreign key (owner_id) references crm_user (id)
);
-- "my open activities" and the overdue list
create index ix_activity_owner_open on activity (owner_id, done, starts_at);
-- timelines, and the engagement factor of lead scores
create index ix_activity_lead on activity (lead_id, starts_at);
create index ix_activity_contact on activity (contact_id, starts_at);
create index ix_activity_account on activity (account_id, starts_at);
create index ix_activity_opportunity on activity (opportunity_id, starts_at);
