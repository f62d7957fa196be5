-- Foundation: users, teams, roles, accounts, contacts.
-- Written for both H2 (embedded default) and PostgreSQL (production).

create sequence crm_user_seq start with 1000 increment by 50;
create sequence team_seq start with 1000 increment by 50;
create sequence account_seq start with 1000 increment by 50;
create sequence contact_seq start with 1000 increment by 50;

create table team (
    id          bigint       not null primary key,
    name        varchar(100) not null,
    manager_id  bigint,
    version     bigint       not null,
    created_at  timestamp    not null,
    created_by  varchar(80)  not null,
    updated_at  timestamp    not null,
    updated_by  varchar(80)  not null,
    constraint uq_team_name unique (name)
);

create table crm_user (
    id            bigint       not null primary key,
    username      varchar(80)  not null,
    display_name  varchar(120) not null,
    email         varchar(200),
    password_hash varchar(400) not null,
    active        boolean      not null,
    team_id       bigint,
    version       bigint       not null,
    created_at    timestamp    not null,
    created_by    varchar(80)  not null,
    updated_at    timestamp    not null,
    updated_by    varchar(80)  not null,
    constraint uq_crm_user_username unique (username),
    constraint fk_crm_user_team foreign key (team_id) references team (id)
);
create index ix_crm_user_team on crm_user (team_id);

alter table team add constraint fk_team_manager foreign key (manager_id) references crm_user (id);
create index ix_team_manager on team (manager_id);

create table crm_user_role (
    user_id bigint      not null,
    role    varchar(30) not null,
    constraint pk_crm_user_role primary key (user_id, role),
    constraint fk_crm_user_role_user foreign key (user_id) references crm_user (id) on delete cascade
);

create table account (
    id              bigint       not null primary key,
    name            varchar(200) not null,
    normalized_name varchar(200) not null,
    industry        varchar(100),
    employees       integer,
    revenue_band    varchar(30),
    website         varchar(200),
    web_domain      varchar(200),
    phone           varchar(50),
    street          varchar(200),
    postal_code     varchar(20),
    city            varchar(100),
    region          varchar(100),
    country         varchar(100),
    owner_id        bigint       not null,
    parent_id       bigint,
    version         bigint       not null,
    created_at      timestamp    not null,
    created_by      varchar(80)  not null,
    updated_at      timestamp    not null,
    updated_by      varchar(80)  not null,
    constraint fk_account_owner foreign key (owner_id) references crm_user (id),
    constraint fk_account_parent foreign key (parent_id) references account (id)
);
create index ix_account_owner on account (owner_id);
create index ix_account_name on account (name);
create index ix_account_normalized_name on account (normalized_name);
create index ix_account_web_domain on account (web_domain);
create index ix_account_parent on account (parent_id);

create table contact (
    id          bigint       not null primary key,
    first_name  varchar(100),
    last_name   varchar(100) not null,
    title       varchar(100),
    email       varchar(200),
    phone       varchar(50),
    mobile      varchar(50),
    buying_role varchar(30),
    account_id  bigint,
    owner_id    bigint       not null,
    version     bigint       not null,
    created_at  timestamp    not null,
    created_by  varchar(80)  not null,
    updated_at  timestamp    not null,
    updated_by  varchar(80)  not null,
    constraint fk_contact_account foreign key (account_id) references account (id),
    constraint fk_contact_owner foreign key (owner_id) references crm_user (id)
);
create index ix_contact_account on contact (account_id);
create index ix_contact_owner on contact (owner_id);
create index ix_contact_last_name on contact (last_name);
create index ix_contact_email on contact (email);
