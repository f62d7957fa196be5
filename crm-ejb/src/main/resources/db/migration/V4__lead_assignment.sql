-- Lead assignment rules: by industry and/or region, to one user or round-robin within a team.

create sequence lead_assignment_rule_seq start with 1000 increment by 50;

create table lead_assignment_rule (
    id                    bigint        not null primary key,
    position              integer       not null,
    industry              varchar(100),
    region                varchar(100),
    assignee_id           bigint,
    team_id               bigint,
    last_assigned_user_id bigint,
    version               bigint        not null,
    created_at            timestamp     not null,
    created_by            varchar(80)   not null,
    updated_at            timestamp     not null,
    updated_by            varchar(80)   not null,
    constraint fk_lead_assignment_rule_assignee foreign key (assignee_id) references crm_user (id),
    constraint fk_lead_assignment_rule_team foreign key (team_id) references team (id),
    constraint ck_lead_assignment_rule_target check (assignee_id is not null or team_id is not null)
);
