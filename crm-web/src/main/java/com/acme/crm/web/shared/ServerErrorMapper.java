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

    private final BusinessExceptionMapper businessMapper = new BusinessExceptionMapper();

    @Override
    public Response toResponse(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessException business) {
                return businessMapper.toResponse(business);
            }
            if (cause instanceof OptimisticLockException) {
                return Problem.response(Status.CONFLICT, "The record was changed by someone else at the same moment."
                        + " Nothing was saved: reload it and apply your change again.");
            }
            if (cause instanceof JsonbException) {
                return Problem.response(Status.BAD_REQUEST, "The request body is not valid JSON for this resource: "
                        + cause.getMessage());
            }
        }
        if (e instanceof WebApplicationException web) {
            Status status = Status.fromStatusCode(web.getResponse().getStatus());
            return Problem.response(status == null ? Status.BAD_REQUEST : status, web.getMessage());
        }
        LOG.log(Level.SEVERE, "REST request failed", e instanceof EJBException ejb && ejb.getCause() != null ? ejb.getCause() : e);
        return Problem.response(Status.INTERNAL_SERVER_ERROR, "The server failed to handle the request; the details are in its log.");
    }
}
