-- What metrics, forecasts and dashboards aggregate over, kept on the rows so that the database
-- can group and filter without date arithmetic (which H2 and PostgreSQL spell differently).

-- a team works a sales region; metrics filter by it
alter table team add column region varchar(100);

-- the deal: what it sells, where it came from, when it started, how long it took, how sure its owner is
alter table opportunity add column product_id bigint;
alter table opportunity add constraint fk_opportunity_product foreign key (product_id) references product (id);
alter table opportunity add column lead_source varchar(30);
alter table opportunity add column opened_at timestamp;
update opportunity set opened_at = created_at;
alter table opportunity alter column opened_at set not null;
-- whole days from opened_at to closed_at, written when the deal closes
alter table opportunity add column cycle_days integer;
alter table opportunity add column forecast_category varchar(12) default 'PIPELINE' not null;
-- where an imported deal came from (e.g. its id in the source system): importing again skips it
alter table opportunity add column import_key varchar(64);
create unique index ux_opportunity_import_key on opportunity (import_key);
update opportunity set lead_source = (select l.source from sales_lead l where l.id = opportunity.source_lead_id)
    where source_lead_id is not null;

create index ix_opportunity_closed on opportunity (closed_at, stage_id);
create index ix_opportunity_product on opportunity (product_id);
create index ix_opportunity_owner_closed on opportunity (owner_id, closed_at);
create index ix_opportunity_opened on opportunity (opened_at);
create index ix_opportunity_currency on opportunity (currency);

-- a stay in a stage ends with the next move: when, and after how many whole days
alter table stage_move add column left_at timestamp;
alter table stage_move add column stage_days integer;
update stage_move set left_at = (select min(n.moved_at) from stage_move n
    where n.opportunity_id = stage_move.opportunity_id and n.moved_at > stage_move.moved_at);
create index ix_stage_move_left on stage_move (left_at);
create index ix_stage_move_moved on stage_move (moved_at);

-- the furthest stage a deal has entered (lost aside): stage conversion reads it instead of each deal's history
alter table opportunity add column furthest_position integer;
update opportunity set furthest_position = (select max(s.position) from stage_move m join pipeline_stage s on s.id = m.to_stage_id
    where m.opportunity_id = opportunity.id and s.kind <> 'LOST');

-- when an account first became a customer (its earliest won deal): retention finds new customers by it
alter table account add column first_won_at timestamp;
update account set first_won_at = (select min(o.closed_at) from opportunity o join pipeline_stage s on s.id = o.stage_id
    where o.account_id = account.id and s.kind = 'WON');
create index ix_account_first_won on account (first_won_at);

-- service times in minutes, written when the first response and the resolution happen
alter table service_request add column response_minutes bigint;
alter table service_request add column resolution_minutes bigint;
create index ix_service_request_resolved on service_request (resolved_at);
create index ix_service_request_opened on service_request (opened_at);

create index ix_sales_lead_created on sales_lead (created_at);
