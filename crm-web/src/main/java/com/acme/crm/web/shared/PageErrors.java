package com.acme.crm.web.shared;

import com.acme.crm.shared.api.AccessDeniedException;
import com.acme.crm.shared.api.InvalidInputException;
import com.acme.crm.shared.api.NotAuthenticatedException;
import com.acme.crm.shared.api.NotFoundException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A page that fails says so in the user's words with the right status: a page the user's role
 * may not open (a support agent's bookmark of the pipeline board) is a 403, a record that is
 * not there a 404, a tampered or outdated form the page afresh, and anything else a 500 page
 * without a stack trace (the details go to the server log). Without this the server's raw
 * error page would show Java class names.
 */
@WebFilter(servletNames = "Faces Servlet", asyncSupported = true)
public class PageErrors extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PageErrors.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            answer(request, response, e);
        }
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response, Exception e) throws IOException {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof NotAuthenticatedException) {
                response.sendRedirect(request.getContextPath() + "/login.xhtml");
                return;
            } else if (cause instanceof ViewExpiredException) {
                // an outdated or tampered form: the page again, fresh (the login comes first if the session ended)
                String query = request.getQueryString();
                response.sendRedirect(request.getRequestURI() + (query == null ? "" : "?" + query));
                return;
            } else if (cause instanceof AccessDeniedException denied) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN, denied.getMessage());
                return;
            } else if (cause instanceof NotFoundException missing) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND, missing.getMessage());
                return;
            } else if (cause instanceof InvalidInputException invalid) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, invalid.getMessage());
                return;
            }
        }
        LOG.log(Level.SEVERE, "Page " + request.getRequestURI() + " failed", e);
        response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                "Something went wrong on the server. Nothing you saved before is lost; try again, and tell IT if it persists.");
    }
}
