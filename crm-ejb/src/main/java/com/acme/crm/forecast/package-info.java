/**
 * Sales metrics, dashboards, the forecast, quotas and snapshots: read-mostly figures over the
 * pipeline, the quotes and the service requests.
 *
 * <p>Rules, and why:
 * <ul>
 * <li>Every figure is an aggregate query in the database ({@code control.MetricQueries},
 * {@code control.ForecastQueries}), never rows counted in Java: the dashboards must answer in
 * about a second over a million deals.</li>
 * <li>Each metric's definition lives once, in {@code boundary.Metric}, and is shown by the UI,
 * REST and the README as written there, so a manager reads what the number means.</li>
 * <li>Who sees which numbers follows the visibility rule ({@code control.MetricScope}): a rep
 * their own numbers and their team's totals, a manager their teams and reps, an admin all;
 * support agents no sales figures.</li>
 * <li>Amounts count one currency at a time: there are no exchange rates, and adding euros to
 * dollars would give a number nobody can act on.</li>
 * <li>Only monthly quotas are stored; a quarter's is the sum of its months, so the two can
 * never disagree.</li>
 * <li>The weekly snapshot is a persistent timer with a unique key on the week, so it fires
 * once and is taken once even with several instances; a snapshot is never changed
 * afterwards, because its worth is comparing what was said with what happened.</li>
 * </ul>
 * Out of scope: exchange rates, territories beyond a team's region, forecasting by model.
 */
package com.acme.crm.forecast;
