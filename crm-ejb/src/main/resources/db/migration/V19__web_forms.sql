-- Web forms on the company's public site post leads without a CRM login. Each form has a key
-- (in its public address) that an admin creates and revokes, and the settings its leads get:
-- source, campaign, owner. Submissions are remembered for a day, by a hash of the sender's
-- address, so that the rate limit counts the same on every instance.

create sequence web_form_seq start with 1000 increment by 50;
create sequence web_form_submission_seq start with 1000 increment by 50;

create table web_form (
    id              bigint        not null primary key,
    version         bigint        not null,
    created_at      timestamp     not null,
    created_by      varchar(80)   not null,
    updated_at      timestamp     not null,
    updated_by      varchar(80)   not null,
    name            varchar(60)   not null,
    form_key        varchar(40)   not null,
    source          varchar(20)   not null,
    campaign        varchar(100),
    owner_id        bigint        not null,
    assign_by_rules boolean       not null,
    redirect_url    varchar(500),
    revoked_at      timestamp,
    leads_created   bigint        not null,
    last_lead_at    timestamp,
    constraint uq_web_form_key unique (form_key),
    constraint fk_web_form_owner foreign key (owner_id) references crm_user (id)
);

create table web_form_submission (
    id            bigint        not null primary key,
    web_form_id   bigint        not null,
    submitted_at  timestamp     not null,
    sender        varchar(64)   not null,
    constraint fk_web_form_submission_form foreign key (web_form_id) references web_form (id) on delete cascade
);
create index ix_web_form_submission on web_form_submission (web_form_id, submitted_at);
create index ix_web_form_submission_sender on web_form_submission (web_form_id, sender, submitted_at);
