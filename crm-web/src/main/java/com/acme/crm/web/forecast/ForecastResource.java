package com.acme.crm.web.forecast;

import com.acme.crm.forecast.boundary.AccuracyData;
import com.acme.crm.forecast.boundary.AdjustmentData;
import com.acme.crm.forecast.boundary.ForecastData;
import com.acme.crm.forecast.boundary.ForecastQueryData;
import com.acme.crm.forecast.boundary.ForecastRowData;
import com.acme.crm.forecast.boundary.Forecasts;
import com.acme.crm.forecast.boundary.PeriodKind;
import com.acme.crm.forecast.boundary.SnapshotResultData;
import com.acme.crm.shared.api.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * REST: /api/forecast?period=MONTH|QUARTER&amp;day=2017-09-01&amp;teamId=&amp;ownerId=&amp;currency= (the period
 * holding that day; default this month), /api/forecast/accuracy (same parameters: snapshots of
 * the twelve months before the day), PUT /api/forecast/adjustments, POST /api/forecast/snapshots.
 */
@Path("forecast")
@Produces(MediaType.APPLICATION_JSON)
public class ForecastResource {

    @Inject
    Forecasts forecasts;

    /** The forecast's query parameters. */
    public static class QueryParams {
        @QueryParam("period") String period;
        @QueryParam("day") String day;
        @QueryParam("teamId") Long teamId;
        @QueryParam("ownerId") Long ownerId;
        @QueryParam("currency") String currency;

        ForecastQueryData toQuery() {
            ForecastQueryData query = new ForecastQueryData();
            query.setPeriodKind(kind(period));
            query.setDay(MetricsResource.FilterParams.date("day", day));
            query.setTeamId(teamId);
            query.setOwnerId(ownerId);
            query.setCurrency(currency);
            return query;
        }

        static PeriodKind kind(String value) {
            try {
                return value == null || value.isBlank() ? null : PeriodKind.valueOf(value.strip().toUpperCase());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("period", "is MONTH or QUARTER");
            }
        }
    }

    @GET
    public ForecastData forecast(@BeanParam QueryParams params) {
        return forecasts.forecast(params.toQuery());
    }

    @GET
    @Path("accuracy")
    public List<AccuracyData> accuracy(@BeanParam QueryParams params) {
        return forecasts.accuracy(params.toQuery());
    }

    /** A manager's commit and best case for one of their reps: {repId, periodKind, day, currency, commit, bestCase, note}. */
    @PUT
    @Path("adjustments")
    @Consumes(MediaType.APPLICATION_JSON)
    public ForecastRowData adjust(AdjustmentData adjustment) {
        if (adjustment == null) {
            throw new InvalidInputException("body", "is required");
        }
        return forecasts.adjust(adjustment);
    }

    @POST
    @Path("snapshots")
    public SnapshotResultData snapshot() {
        return forecasts.takeSnapshot();
    }
}
