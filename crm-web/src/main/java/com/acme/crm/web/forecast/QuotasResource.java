package com.acme.crm.web.forecast;

import com.acme.crm.forecast.boundary.Quotas;
import com.acme.crm.forecast.boundary.QuotaData;
import com.acme.crm.shared.api.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;

/** REST: /api/quotas?year=2026&amp;teamId= (monthly quotas); PUT a list of {repId, month, amount, currency} (amount null: removed). */
@Path("quotas")
@Produces(MediaType.APPLICATION_JSON)
public class QuotasResource {

    @Inject
    Quotas quotas;

    @GET
    public List<QuotaData> quotas(@QueryParam("year") @DefaultValue("0") int year, @QueryParam("teamId") Long teamId) {
        return quotas.quotas(year == 0 ? LocalDate.now().getYear() : year, teamId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public List<QuotaData> save(List<QuotaData> changes) {
        if (changes == null) {
            throw new InvalidInputException("body", "is required: a list of quotas");
        }
        return quotas.saveQuotas(changes);
    }
}
