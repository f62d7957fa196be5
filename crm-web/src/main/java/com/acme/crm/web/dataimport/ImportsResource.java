package com.acme.crm.web.dataimport;

import com.acme.crm.web.shared.Answers;
import com.acme.crm.dataimport.boundary.ImportJobData;
import com.acme.crm.dataimport.boundary.ImportPreviewData;
import com.acme.crm.dataimport.boundary.Imports;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * REST: /api/imports. The file is the request body ({@code text/csv}); the mapping field →
 * column is given as query parameters {@code map.<field>=<column>} (without any, the proposed
 * mapping is used).
 */
@Path("imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {

    @Inject
    Imports imports;

    @Context
    UriInfo uri;

    @POST
    @Path("leads/preview")
    @Consumes("text/csv")
    public ImportPreviewData preview(String content) {
        return imports.previewLeads(content);
    }

    /** Starts the import and answers 202 with the job; follow it at the Location. */
    @Answers(status = 202, value = ImportJobData.class, note = "Map CSV columns to lead fields with map.<CSV column>=<lead field> query parameters (as proposed by the preview); without them the columns are matched by name.")
    @POST
    @Path("leads")
    @Consumes("text/csv")
    public Response start(String content, @QueryParam("fileName") String fileName,
            @QueryParam("assignByRules") @DefaultValue("false") boolean assignByRules) {
        Map<String, String> mapping = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((name, values) -> {
            if (name.startsWith("map.") && !values.isEmpty()) {
                mapping.put(name.substring(4), values.get(0));
            }
        });
        ImportJobData job = imports.startLeadImport(fileName, content, mapping, assignByRules);
        return Response.accepted(job).location(uri.getBaseUriBuilder().path("imports").path(String.valueOf(job.getId())).build())
                .build();
    }

    /**
     * Starts importing a company's sales history: the body is a zip of sales_teams.csv,
     * accounts.csv, products.csv and sales_pipeline.csv; the {@code Initial-Password} header
     * gives the users the import creates their first password (kept out of URLs and logs).
     */
    @Answers(status = 202, value = ImportJobData.class)
    @POST
    @Path("sales-history")
    @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
    public Response startSalesHistory(byte[] zip, @QueryParam("fileName") String fileName,
            @jakarta.ws.rs.HeaderParam("Initial-Password") String initialPassword) {
        ImportJobData job = imports.startSalesHistoryImport(fileName, zip, initialPassword);
        return Response.accepted(job).location(uri.getBaseUriBuilder().path("imports").path(String.valueOf(job.getId())).build())
                .build();
    }

    @GET
    public List<ImportJobData> mine() {
        return imports.myJobs();
    }

    @GET
    @Path("{id}")
    public ImportJobData job(@PathParam("id") long id) {
        return imports.job(id);
    }

    /** The rows not imported: row number, reason, the row as it was. */
    @Answers(String.class)
    @GET
    @Path("{id}/errors")
    @Produces("text/csv")
    public Response errors(@PathParam("id") long id) {
        return Response.ok(imports.errorReport(id))
                .header("Content-Disposition", "attachment; filename=\"import-" + id + "-errors.csv\"").build();
    }
}
