package com.acme.crm.forecast.boundary;

/**
 * The sales metrics and what each one means: the UI shows the definition next to the figure,
 * the README repeats it. Amounts count only deals in the chosen currency (there are no exchange
 * rates); days are whole calendar days in UTC.
 */
public enum Metric {
    LEAD_CONVERSION("Lead conversion rate",
            "Leads created in the period that have been converted, divided by all leads created in the period; also per lead source."),
    STAGE_CONVERSION("Stage-to-stage conversion",
            "Of the deals that entered stage A in the period, the share that has reached stage B or a stage after it (lost stages aside; the furthest stage a deal has reached counts). A deal that entered A twice counts once."),
    WIN_RATE("Win rate", "Deals won in the period divided by deals won or lost (closed) in the period."),
    AVERAGE_DEAL_SIZE("Average deal size", "Mean and median amount of the deals won in the period (those with an amount)."),
    SALES_CYCLE("Sales cycle length",
            "Days from a deal's start (created, or engaged for imported deals) to its win, for deals won in the period: median and mean."),
    TIME_IN_STAGE("Time in stage",
            "Median days a deal stayed in each stage, over stays that ended in the period; and the open deals now over their stage's day limit."),
    SALES_VELOCITY("Sales velocity",
            "Open deals now × win rate × average deal size ÷ mean sales cycle (days): the revenue the pipeline makes per day; per month × 30.44."),
    PIPELINE("Pipeline value", "Amount of the open deals now, by expected close month; weighted: each amount × its probability."),
    QUOTA_ATTAINMENT("Quota attainment", "Won amount in the period divided by the quotas set for the period's months; not shown when filtering by product or lead source, as quotas are per rep."),
    RETENTION("Customer retention rate",
            "(Customers at the end − new customers) ÷ customers at the start. A customer at a date has won a deal in the 365 days before it; a new one is a customer at the end who won their first deal in the period."),
    SLA_COMPLIANCE("SLA compliance", "Service requests resolved in the period without breaching their resolution target, divided by all resolved in the period."),
    RESPONSE_TIME("Mean time to first response", "Mean minutes from opening to the first response, over requests opened in the period that have one."),
    RESOLUTION_TIME("Mean time to resolution", "Mean minutes from opening to resolution, over requests resolved in the period."),
    SATISFACTION("Satisfaction", "Mean rating (1–5) given to requests resolved in the period.");

    private final String label;
    private final String definition;

    Metric(String label, String definition) {
        this.label = label;
        this.definition = definition;
    }

    public String getLabel() { return label; }
    public String getDefinition() { return definition; }
}
