package com.acme.crm.web.account;

import com.acme.crm.web.shared.Answers;
import com.acme.crm.account.boundary.AccountData;
import com.acme.crm.account.boundary.Accounts;
import com.acme.crm.account.boundary.ContactData;
import com.acme.crm.shared.api.InvalidInputException;
import com.acme.crm.shared.api.Page;
import com.acme.crm.web.shared.Filters;
import com.acme.crm.web.shared.ListParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** REST: /api/accounts. All rules (roles, visibility, versions) are the boundary's. */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountsResource {

    @Inject
    Accounts accounts;

    @Inject
    com.acme.crm.audit.boundary.RecordHistories histories;

    @Context
    UriInfo uri;

    @Filters({"owner", "industry"})
    @GET
    public Page<AccountData> list(@BeanParam ListParams params) {
        return accounts.findAccounts(params.toQuery(uri));
    }

    @GET
    @Path("{id}")
    public AccountData get(@PathParam("id") long id) {
        return accounts.getAccount(id);
    }

    /** The record's field history, newest first (who changed which field when, from what to what). */
    @GET
    @Path("{id}/changes")
    public com.acme.crm.shared.api.Page<com.acme.crm.audit.boundary.FieldChangeData> changes(@PathParam("id") long id,
            @BeanParam ListParams params) {
        return histories.historyOf("Account", id, params.toQuery(uri));
    }

    /** Likely duplicates of a name or web site, as shown while typing a new account. */
    @GET
    @Path("similar")
    public List<String> similar(@QueryParam("name") String name, @QueryParam("website") String website) {
        return accounts.findSimilar(name, website, null);
    }

    @Answers(status = 201, value = AccountData.class)
    @POST
    public Response create(AccountData account) {
        AccountData created = accounts.createAccount(account);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    public AccountData update(@PathParam("id") long id, AccountData account) {
        if (account == null) {
            throw new InvalidInputException("body", "is required");
        }
        account.setId(id);
        return accounts.updateAccount(account);
    }

    @Answers(status = 204)
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        accounts.deleteAccount(id);
        return Response.noContent().build();
    }

    /** Body: {@code {"ownerId": 12}}. */
    @PUT
    @Path("{id}/owner")
    public AccountData reassign(@PathParam("id") long id, OwnerChange change) {
        if (change == null || change.ownerId() == null) {
            throw new InvalidInputException("ownerId", "is required");
        }
        return accounts.reassignAccount(id, change.ownerId());
    }

    @GET
    @Path("{id}/contacts")
    public List<ContactData> contacts(@PathParam("id") long id) {
        return accounts.getContactsOfAccount(id);
    }

    /** The body of an owner change. */
    public record OwnerChange(Long ownerId) {
    }
}
