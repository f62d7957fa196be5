package com.acme.crm.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers a browser needs to keep the CRM's pages to themselves: no framing by other
 * sites, no content sniffing, no addresses leaked to other sites, scripts and styles only from
 * the CRM itself (PrimeFaces needs inline scripts and styles, so those are allowed; plugins,
 * other origins and form posts elsewhere are not). The REST API answers data, never pages, so
 * nothing in it may run at all.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String PAGE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self';"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    /** The API's browsable description (/api/docs, Swagger UI): scripts from the CRM only, none inline. */
    static final String API_DOCS_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    /** The headers for this request's answer; also for answers the login check writes before any filter runs (401, 429). */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.equals("/api") || path.startsWith("/api/");
        response.setHeader("Content-Security-Policy", path.equals("/api/docs") ? API_DOCS_POLICY : api ? API_POLICY : PAGE_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (api || !path.startsWith("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store"); // customer data stays out of shared caches and the back button
        }
    }
}
