-- Money at the minor units of its currency: three decimals for KWD, BHD, JOD, OMR, TND, LYD and IQD.
-- Amounts used to be kept to two decimals, so a dinar quote total of 12.345 would have been stored as
-- 12.35. Readers see every amount at its own currency's scale (Money in the shared kernel); the 15
-- integer digits stay. Standard SQL that H2 and PostgreSQL both take.
alter table opportunity alter column amount set data type numeric(18,3);
alter table opportunity alter column budget_amount set data type numeric(18,3);
alter table stage_move alter column amount set data type numeric(18,3);
alter table quota alter column amount set data type numeric(18,3);
alter table forecast_adjustment alter column commit_amount set data type numeric(18,3);
alter table forecast_adjustment alter column best_case set data type numeric(18,3);
alter table forecast_snapshot alter column won set data type numeric(18,3);
alter table forecast_snapshot alter column commit_amount set data type numeric(18,3);
alter table forecast_snapshot alter column best_case set data type numeric(18,3);
alter table forecast_snapshot alter column pipeline set data type numeric(18,3);
alter table forecast_snapshot alter column weighted set data type numeric(18,3);
alter table quote alter column list_total set data type numeric(18,3);
alter table quote alter column subtotal set data type numeric(18,3);
alter table quote alter column discount_total set data type numeric(18,3);
alter table quote alter column tax_total set data type numeric(18,3);
alter table quote alter column grand_total set data type numeric(18,3);
alter table quote_line alter column unit_price set data type numeric(18,3);
alter table invoice alter column list_total set data type numeric(18,3);
alter table invoice alter column subtotal set data type numeric(18,3);
alter table invoice alter column discount_total set data type numeric(18,3);
alter table invoice alter column tax_total set data type numeric(18,3);
alter table invoice alter column grand_total set data type numeric(18,3);
alter table invoice_line alter column unit_price set data type numeric(18,3);
alter table price_list_entry alter column list_price set data type numeric(18,3);
alter table sales_lead alter column budget_amount set data type numeric(18,3);
