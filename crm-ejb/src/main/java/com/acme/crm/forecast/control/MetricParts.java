package com.acme.crm.forecast.control;

import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.concurrent.Future;

/**
 * Runs one part of a dashboard on its own thread, with its own connection: the parts read
 * different rows, so the database works on them at the same time and a dashboard takes about
 * as long as its slowest part rather than the sum of them.
 */
@Stateless
@LocalBean
public class MetricParts {

    @Inject
    MetricQueries queries;

    @Asynchronous
    public Future<Void> run(MetricQueries.Part part, MetricScope scope, MetricQueries.Dashboard dashboard) {
        queries.run(part, scope, dashboard);
        return new AsyncResult<>(null);
    }
}
