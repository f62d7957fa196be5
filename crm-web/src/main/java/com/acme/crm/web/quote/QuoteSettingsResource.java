package com.acme.crm.web.quote;

import com.acme.crm.quote.boundary.Catalogue;
import com.acme.crm.quote.boundary.PriceListData;
import com.acme.crm.quote.boundary.ProductData;
import com.acme.crm.quote.boundary.QuoteSettingsData;
import com.acme.crm.shared.api.Page;
import com.acme.crm.web.shared.Bodies;
import com.acme.crm.web.shared.ListParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** REST: /api/quote-settings, our company on quotes and the approval threshold; changes for admins. */
@Path("quote-settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuoteSettingsResource {

    @Inject
    Catalogue catalogue;

    @Context
    UriInfo uri;

    @GET
    public QuoteSettingsData settings() {
        return catalogue.settings();
    }

    @PUT
    public QuoteSettingsData changeSettings(QuoteSettingsData settings) {
        return catalogue.changeSettings(Bodies.required(settings));
    }
}
