package com.acme.crm.pipeline.boundary;

/**
 * How sure the owner is that an open deal closes in its expected month: what the forecast
 * adds up. Commit is counted in best case too; omitted deals stay out of the forecast.
 */
public enum ForecastCategory {
    PIPELINE,
    BEST_CASE,
    COMMIT,
    OMITTED
}
