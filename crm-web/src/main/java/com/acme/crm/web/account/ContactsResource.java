package com.acme.crm.web.account;

import com.acme.crm.web.shared.Answers;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** REST: /api/contacts. */
@Path("contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContactsResource {

    @Inject
    Accounts accounts;

    @Inject
    com.acme.crm.audit.boundary.RecordHistories histories;

    @Context
    UriInfo uri;

    @Filters({"owner", "account"})
    @GET
    public Page<ContactData> list(@BeanParam ListParams params) {
        return accounts.findContacts(params.toQuery(uri));
    }

    @GET
    @Path("{id}")
    public ContactData get(@PathParam("id") long id) {
        return accounts.getContact(id);
    }

    /** The record's field history, newest first (who changed which field when, from what to what). */
    @GET
    @Path("{id}/changes")
    public com.acme.crm.shared.api.Page<com.acme.crm.audit.boundary.FieldChangeData> changes(@PathParam("id") long id,
            @BeanParam ListParams params) {
        return histories.historyOf("Contact", id, params.toQuery(uri));
    }

    @Answers(status = 201, value = ContactData.class)
    @POST
    public Response create(ContactData contact) {
        ContactData created = accounts.createContact(contact);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    public ContactData update(@PathParam("id") long id, ContactData contact) {
        if (contact == null) {
            throw new InvalidInputException("body", "is required");
        }
        contact.setId(id);
        return accounts.updateContact(contact);
    }

    @Answers(status = 204)
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        accounts.deleteContact(id);
        return Response.noContent().build();
    }
}
