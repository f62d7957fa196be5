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

/** REST: /api/price-lists with their prices; changes for admins. */
@Path("price-lists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PriceListsResource {

    @Inject
    Catalogue catalogue;

    @Context
    UriInfo uri;

    @GET
    public List<PriceListData> priceLists() {
        return catalogue.priceLists();
    }

    @GET
    @Path("{id}")
    public PriceListData priceList(@PathParam("id") long id) {
        return catalogue.priceList(id);
    }

    @POST
    public PriceListData addPriceList(PriceListData list) {
        Bodies.required(list).setId(null);
        return catalogue.savePriceList(list);
    }

    @PUT
    @Path("{id}")
    public PriceListData changePriceList(@PathParam("id") long id, PriceListData list) {
        Bodies.required(list).setId(id);
        return catalogue.savePriceList(list);
    }
}
