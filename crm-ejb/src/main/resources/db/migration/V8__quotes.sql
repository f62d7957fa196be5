-- Quotes: product catalogue, price lists, quotes with revisions and approval, invoices.

create sequence product_seq start with 1000 increment by 50;
create sequence price_list_seq start with 1000 increment by 50;
create sequence price_list_entry_seq start with 1000 increment by 50;
create sequence quote_seq start with 1000 increment by 50;
create sequence quote_line_seq start with 1000 increment by 50;
create sequence invoice_seq start with 1000 increment by 50;
create sequence invoice_line_seq start with 1000 increment by 50;

create table product (
    id          bigint        not null primary key,
    code        varchar(40)   not null,
    name        varchar(200)  not null,
    family      varchar(100),
    unit        varchar(20)   not null,
    description varchar(2000),
    active      boolean       not null,
    version     bigint        not null,
    created_at  timestamp     not null,
    created_by  varchar(80)   not null,
    updated_at  timestamp     not null,
    updated_by  varchar(80)   not null,
    constraint uq_product_code unique (code)
);
create index ix_product_name on product (name);

create table price_list (
    id          bigint        not null primary key,
    name        varchar(100)  not null,
    currency    varchar(3)    not null,
    valid_from  date,
    valid_to    date,
    is_default  boolean       not null,
    active      boolean       not null,
    version     bigint        not null,
    created_at  timestamp     not null,
    created_by  varchar(80)   not null,
    updated_at  timestamp     not null,
    updated_by  varchar(80)   not null,
    constraint uq_price_list_name unique (name)
);

create table price_list_entry (
    id            bigint         not null primary key,
    price_list_id bigint         not null,
    product_id    bigint         not null,
    list_price    numeric(17,2)  not null,
    version       bigint         not null,
    created_at    timestamp      not null,
    created_by    varchar(80)    not null,
    updated_at    timestamp      not null,
    updated_by    varchar(80)    not null,
    constraint uq_price_list_entry unique (price_list_id, product_id),
    constraint fk_price_list_entry_list foreign key (price_list_id) references price_list (id) on delete cascade,
    constraint fk_price_list_entry_product foreign key (product_id) references product (id)
);
create index ix_price_list_entry_product on price_list_entry (product_id);

-- one row: our company as printed on quotes and invoices, and the quoting rules
create table quote_settings (
    id                   bigint        not null primary key,
    company_name         varchar(200)  not null,
    company_address      varchar(500)  not null,
    company_tax_id       varchar(50),
    approval_threshold   numeric(5,2)  not null,
    default_tax_rate     numeric(5,2)  not null,
    default_validity_days integer      not null,
    payment_days         integer       not null,
    version              bigint        not null,
    created_at           timestamp     not null,
    created_by           varchar(80)   not null,
    updated_at           timestamp     not null,
    updated_by           varchar(80)   not null
);
insert into quote_settings values (1, 'Acme Sales CRM Demo Ltd', '1 Market Street, 10115 Berlin, Germany', 'DE123456789',
    15.00, 19.00, 30, 30, 1, current_timestamp, 'system', current_timestamp, 'system');

create table quote (
    id                  bigint         not null primary key,
    quote_number        varchar(30)    not null,
    revision            integer        not null,
    opportunity_id      bigint         not null,
    price_list_id       bigint,
    currency            varchar(3)     not null,
    status              varchar(20)    not null,
    quote_discount      numeric(5,2)   not null,
    tax_rate            numeric(5,2)   not null,
    valid_until         date           not null,
    payment_terms       varchar(500),
    delivery_terms      varchar(500),
    support_terms       varchar(500),
    support_months      integer,
    list_total          numeric(17,2)  not null,
    subtotal            numeric(17,2)  not null,
    discount_total      numeric(17,2)  not null,
    tax_total           numeric(17,2)  not null,
    grand_total         numeric(17,2)  not null,
    approval_comment    varchar(1000),
    decided_by          varchar(80),
    decided_at          timestamp,
    sent_at             timestamp,
    closed_at           timestamp,
    rejection_reason    varchar(1000),
    version             bigint         not null,
    created_at          timestamp      not null,
    created_by          varchar(80)    not null,
    updated_at          timestamp      not null,
    updated_by          varchar(80)    not null,
    constraint uq_quote_revision unique (quote_number, revision),
    constraint fk_quote_opportunity foreign key (opportunity_id) references opportunity (id),
    constraint fk_quote_price_list foreign key (price_list_id) references price_list (id)
);
create index ix_quote_opportunity on quote (opportunity_id);
create index ix_quote_status on quote (status, valid_until);

create table quote_line (
    id              bigint         not null primary key,
    quote_id        bigint         not null,
    position        integer        not null,
    product_id      bigint,
    description     varchar(500)   not null,
    quantity        numeric(12,3)  not null,
    unit_price      numeric(17,2)  not null,
    discount        numeric(5,2)   not null,
    tax_rate        numeric(5,2),
    constraint fk_quote_line_quote foreign key (quote_id) references quote (id) on delete cascade,
    constraint fk_quote_line_product foreign key (product_id) references product (id)
);
create index ix_quote_line_quote on quote_line (quote_id, position);

-- gapless invoice numbers: one counter row per year, locked while a number is taken
create table invoice_counter (
    invoice_year integer not null primary key,
    last_number integer  not null
);

create table invoice (
    id              bigint         not null primary key,
    invoice_number  varchar(30)    not null,
    quote_id        bigint         not null,
    opportunity_id  bigint         not null,
    account_id      bigint         not null,
    currency        varchar(3)     not null,
    issue_date      date           not null,
    due_date        date           not null,
    payment_terms   varchar(500),
    delivery_terms  varchar(500),
    support_terms   varchar(500),
    support_months  integer,
    support_ends    date,
    list_total      numeric(17,2)  not null,
    subtotal        numeric(17,2)  not null,
    quote_discount  numeric(5,2)   not null,
    tax_rate        numeric(5,2)   not null,
    discount_total  numeric(17,2)  not null,
    tax_total       numeric(17,2)  not null,
    grand_total     numeric(17,2)  not null,
    version         bigint         not null,
    created_at      timestamp      not null,
    created_by      varchar(80)    not null,
    updated_at      timestamp      not null,
    updated_by      varchar(80)    not null,
    constraint uq_invoice_number unique (invoice_number),
    constraint uq_invoice_quote unique (quote_id),
    constraint fk_invoice_quote foreign key (quote_id) references quote (id),
    constraint fk_invoice_opportunity foreign key (opportunity_id) references opportunity (id),
    constraint fk_invoice_account foreign key (account_id) references account (id)
);
create index ix_invoice_account on invoice (account_id);
create index ix_invoice_opportunity on invoice (opportunity_id);

create table invoice_line (
    id              bigint         not null primary key,
    invoice_id      bigint         not null,
    position        integer        not null,
    product_id      bigint,
    description     varchar(500)   not null,
    quantity        numeric(12,3)  not null,
    unit_price      numeric(17,2)  not null,
    discount        numeric(5,2)   not null,
    tax_rate        numeric(5,2),
    constraint fk_invoice_line_invoice foreign key (invoice_id) references invoice (id) on delete cascade,
    constraint fk_invoice_line_product foreign key (product_id) references product (id)
);
create index ix_invoice_line_invoice on invoice_line (invoice_id, position);

-- the pipeline criteria that waited for quotes (on the default stages, if they are still what they were)
insert into pipeline_stage_criterion (stage_id, criterion)
    select id, 'SENT_QUOTE' from pipeline_stage where id = 5 and kind = 'OPEN';
insert into pipeline_stage_criterion (stage_id, criterion)
    select id, 'ACCEPTED_QUOTE' from pipeline_stage where id = 6 and kind = 'WON';
