package com.acme.crm.web.shared;

import com.acme.crm.shared.api.AccessDeniedException;
import com.acme.crm.shared.api.BusinessException;
import com.acme.crm.shared.api.ConcurrentEditException;
import com.acme.crm.shared.api.CriteriaNotMetException;
import com.acme.crm.shared.api.InvalidInputException;
import com.acme.crm.shared.api.InvalidStatusChangeException;
import com.acme.crm.shared.api.NotAuthenticatedException;
import com.acme.crm.shared.api.NotFoundException;
import com.acme.crm.shared.api.RecordInUseException;
import com.acme.crm.shared.api.TooManyRequestsException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Each business rule violation gets its HTTP status and a problem+json body. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Override
    public Response toResponse(BusinessException e) {
        if (e instanceof TooManyRequestsException tooMany) {
            return Response.fromResponse(Problem.response(Status.TOO_MANY_REQUESTS, e.getMessage()))
                    .header("Retry-After", tooMany.getRetryAfterSeconds()).build();
        }
        return Problem.response(statusOf(e), e.getMessage(),
                e instanceof InvalidInputException invalid ? invalid.getFieldErrors()
                        : e instanceof CriteriaNotMetException unmet ? unmet.getFieldErrors() : null);
    }

    static Status statusOf(BusinessException e) {
        if (e instanceof InvalidInputException) {
            return Status.BAD_REQUEST;
        } else if (e instanceof NotAuthenticatedException) {
            return Status.UNAUTHORIZED;
        } else if (e instanceof AccessDeniedException) {
            return Status.FORBIDDEN;
        } else if (e instanceof NotFoundException) {
            return Status.NOT_FOUND;
        } else if (e instanceof ConcurrentEditException || e instanceof RecordInUseException || e instanceof CriteriaNotMetException
                || e instanceof InvalidStatusChangeException) {
            return Status.CONFLICT;
        }
        return Status.BAD_REQUEST;
    }
}
