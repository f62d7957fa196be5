package com.acme.crm.web.quote;

import com.acme.crm.quote.boundary.Catalogue;
import com.acme.crm.quote.boundary.PriceListData;
import com.acme.crm.quote.boundary.ProductData;
import com.acme.crm.quote.boundary.QuoteSettingsData;
import com.acme.crm.shared.api.Page;
import com.acme.crm.web.shared.Bodies;
import com.acme.crm.web.shared.Filters;
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

/** REST: /api/products, the catalogue; changes for admins. */
@Path("products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductsResource {

    @Inject
    Catalogue catalogue;

    @Context
    UriInfo uri;

    @Filters({"family"})
    @GET
    public Page<ProductData> products(@BeanParam ListParams params) {
        return catalogue.findProducts(params.toQuery(uri));
    }

    @POST
    public ProductData addProduct(ProductData product) {
        Bodies.required(product).setId(null);
        return catalogue.saveProduct(product);
    }

    @PUT
    @Path("{id}")
    public ProductData changeProduct(@PathParam("id") long id, ProductData product) {
        Bodies.required(product).setId(id);
        return catalogue.saveProduct(product);
    }
}
