package com.acme.crm.web.admin;

import com.acme.crm.web.shared.Answers;
import com.acme.crm.account.boundary.Accounts;
import com.acme.crm.security.boundary.UserData;
import com.acme.crm.security.boundary.Users;
import com.acme.crm.shared.api.InvalidInputException;
import com.acme.crm.shared.api.Page;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** REST: /api/users, user administration (admins only, checked by the boundary). */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    Users users;

    @Inject
    Accounts accounts;

    @Inject
    com.acme.crm.audit.boundary.RecordHistories histories;

    @Context
    UriInfo uri;

    @GET
    public Page<UserData> list(@BeanParam ListParams params) {
        return users.list(params.toQuery(uri));
    }

    @GET
    @Path("{id}")
    public UserData get(@PathParam("id") long id) {
        return users.get(id);
    }

    /** The user's history: role, team and activity changes, new passwords (that they were set), newest first. */
    @GET
    @Path("{id}/changes")
    public Page<com.acme.crm.audit.boundary.FieldChangeData> changes(@PathParam("id") long id, @BeanParam ListParams params) {
        return histories.historyOf("User", id, params.toQuery(uri));
    }

    /** Body: the user's fields plus {@code "password"}. */
    @Answers(status = 201, value = UserData.class)
    @POST
    public Response create(NewUser body) {
        if (body == null) {
            throw new InvalidInputException("body", "is required");
        }
        UserData created = users.create(body.user(), body.password());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    public UserData update(@PathParam("id") long id, UserData user) {
        if (user == null) {
            throw new InvalidInputException("body", "is required");
        }
        user.setId(id);
        return users.update(user, null);
    }

    /** Body: {@code {"password": "..."}}. */
    @Answers(status = 204)
    @PUT
    @Path("{id}/password")
    public Response resetPassword(@PathParam("id") long id, PasswordReset body) {
        users.resetPassword(id, body == null ? null : body.password());
        return Response.noContent().build();
    }

    /** Body: {@code {"active": false}} deactivates: the user can no longer log in; their records stay. */
    @PUT
    @Path("{id}/active")
    public UserData setActive(@PathParam("id") long id, ActiveChange body) {
        if (body == null || body.active() == null) {
            throw new InvalidInputException("active", "is required");
        }
        return users.setActive(id, body.active());
    }

    /** Body: {@code {"toUserId": 7}}; every account and contact of the user goes to that user. */
    @POST
    @Path("{id}/hand-over")
    public HandOverResult handOver(@PathParam("id") long id, HandOver body) {
        if (body == null || body.toUserId() == null) {
            throw new InvalidInputException("toUserId", "is required");
        }
        return new HandOverResult(accounts.handOver(id, body.toUserId()));
    }

    /** A new user and their first password. */
    public static class NewUser extends UserData {
        private static final long serialVersionUID = 1L;
        private String password;

        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }

        UserData user() { return this; }
        String password() { return password; }
    }

    /** A new password. */
    public record PasswordReset(String password) {
    }

    /** To whom a user's records go. */
    public record HandOver(Long toUserId) {
    }

    /** How many records changed owner. */
    public record HandOverResult(int moved) {
    }

    /** Activation or deactivation. */
    public record ActiveChange(Boolean active) {
    }
}
