-- Login throttling and the security log: failed logins per user name and per client address,
-- the temporary locks they lead to, and what admins can review (logins, failures, locks).

create sequence security_event_seq start with 1000 increment by 50;

-- one row per user name ('user:rep1') or client address ('address:10.0.0.7') that failed recently
create table login_throttle (
    throttle_key     varchar(320) not null primary key,
    failures         integer      not null,
    first_failure_at timestamp    not null,
    locked_until     timestamp,
    version          bigint       not null
);

create table security_event (
    id          bigint       not null primary key,
    occurred_at timestamp    not null,
    kind        varchar(30)  not null,
    username    varchar(100),
    address     varchar(100),
    detail      varchar(300)
);
create index ix_security_event_time on security_event (occurred_at);
create index ix_security_event_user on security_event (username, occurred_at);
