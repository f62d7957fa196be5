package com.acme.crm.web.shared;

import com.acme.crm.shared.api.BusinessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything that is not a business rule: JAX-RS errors keep their status (404 for an unknown
 * path, 415, ...), unreadable JSON is a 400, a lost update detected at commit is a 409, and
 * the rest is a 500 whose details go to the server log, not to the client.
 */
@Provider
public class ServerErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ServerErrorMapper.class.getName());

    /** What the REST runtime's own refusals mean for a caller (its messages read "HTTP 405 Method Not Allowed"). */
    private static final java.util.Map<Status, String> DETAILS = java.util.Map.of(
            Status.NOT_FOUND, "There is nothing at this address: check the path and the record's id.",
            Status.METHOD_NOT_ALLOWED, "This address does not take this method (GET, POST, PUT or DELETE): see the API description.",
            Status.UNSUPPORTED_MEDIA_TYPE, "Send the body as JSON (Content-Type: application/json), or as the documented upload type.",
            Status.NOT_ACCEPTABLE, "This address answers JSON (or the documented document type) only.",
            Status.BAD_REQUEST, "The request is not valid for this address.");

    private final BusinessExceptionMapper businessMapper = new BusinessExceptionMapper();

    @Override
    public Response toResponse(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessException business) {
                return businessMapper.toResponse(business); // also when a body's own check refused it while being bound
            }
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return Problem.response(Status.CONFLICT, "The record was changed by someone else at the same moment."
                        + " Nothing was saved: reload it and apply your change again.");
            }
            if (cause instanceof JsonbException) {
                // the binder's own message names Java classes; the shape check (JsonBodies) has already named bad fields
                LOG.log(Level.FINE, "JSON body not bound", cause);
                return Problem.response(Status.BAD_REQUEST, "The request body does not fit this resource: check the field"
                        + " names and values against the API description.");
            }
        }
        if (e instanceof WebApplicationException web) {
            Status status = Status.fromStatusCode(web.getResponse().getStatus());
            status = status == null ? Status.BAD_REQUEST : status;
            return Problem.response(status, DETAILS.getOrDefault(status, status.getReasonPhrase()));
        }
        LOG.log(Level.SEVERE, "REST request failed", e instanceof EJBException ejb && ejb.getCause() != null ? ejb.getCause() : e);
        return Problem.response(Status.INTERNAL_SERVER_ERROR, "The server failed to handle the request; the details are in its log.");
    }
}
