package com.acme.crm.web.forecast;

import com.acme.crm.web.shared.QueryParams;
import com.acme.crm.forecast.boundary.Metric;
import com.acme.crm.forecast.boundary.MetricFilterData;
import com.acme.crm.forecast.boundary.MetricOptionsData;
import com.acme.crm.forecast.boundary.Metrics;
import com.acme.crm.forecast.boundary.MetricsData;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * REST: /api/metrics?from=2017-01-01&amp;to=2018-01-01&amp;teamId=&amp;ownerId=&amp;productId=&amp;leadSource=&amp;region=&amp;currency=
 * (the period is [from, to); without it the current year). /api/metrics/definitions says what each figure means.
 */
@Path("metrics")
@Produces(MediaType.APPLICATION_JSON)
public class MetricsResource {

    @Inject
    Metrics metrics;

    /** The filter as query parameters, shared with the forecast resource. */
    public static class FilterParams {
        @QueryParam("from") String from;
        @QueryParam("to") String to;
        @QueryParam("teamId") Long teamId;
        @QueryParam("ownerId") Long ownerId;
        @QueryParam("productId") Long productId;
        @QueryParam("leadSource") String leadSource;
        @QueryParam("region") String region;
        @QueryParam("currency") String currency;

        public MetricFilterData toFilter() {
            MetricFilterData filter = new MetricFilterData();
            filter.setFrom(date("from", from));
            filter.setTo(date("to", to));
            filter.setTeamId(teamId);
            filter.setOwnerId(ownerId);
            filter.setProductId(productId);
            filter.setLeadSource(leadSource);
            filter.setRegion(region);
            filter.setCurrency(currency);
            return filter;
        }

        static LocalDate date(String field, String value) {
            return value == null || value.isBlank() ? null : QueryParams.date(field, value.strip());
        }
    }

    @GET
    public MetricsData metrics(@BeanParam FilterParams params) {
        return metrics.metrics(params.toFilter());
    }

    @GET
    @Path("definitions")
    public Map<String, Map<String, String>> definitions() {
        metrics.definitions(); // the role check
        Map<String, Map<String, String>> definitions = new LinkedHashMap<>();
        Arrays.stream(Metric.values()).forEach(m -> definitions.put(m.name(), Map.of("label", m.getLabel(), "definition", m.getDefinition())));
        return definitions;
    }

    @GET
    @Path("options")
    public MetricOptionsData options() {
        return metrics.options();
    }
}
