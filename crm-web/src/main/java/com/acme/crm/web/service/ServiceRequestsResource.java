package com.acme.crm.web.service;

import com.acme.crm.web.shared.Answers;
import com.acme.crm.service.boundary.ServiceRequestData;
import com.acme.crm.service.boundary.ServiceRequests;
import com.acme.crm.shared.api.InvalidInputException;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** REST: /api/service-requests — open, query, work and resolve requests, with notes and history. */
@Path("service-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServiceRequestsResource {

    /** Body of a step: the version read, and what the step needs. */
    public record Step(Long version, Long assigneeId, String resolution, Integer satisfaction, String note, boolean customerVisible) {
    }

    @Inject
    ServiceRequests requests;

    @Inject
    com.acme.crm.audit.boundary.RecordHistories histories;

    @Context
    UriInfo uri;

    @Filters({"status", "queue", "assignee", "account", "priority", "breached"})
    @GET
    public Page<ServiceRequestData> list(@BeanParam ListParams params) {
        return requests.findRequests(params.toQuery(uri));
    }

    @GET
    @Path("{id}")
    public ServiceRequestData get(@PathParam("id") long id) {
        return requests.getRequest(id);
    }

    /** The record's field history, newest first (who changed which field when, from what to what). */
    @GET
    @Path("{id}/changes")
    public com.acme.crm.shared.api.Page<com.acme.crm.audit.boundary.FieldChangeData> changes(@PathParam("id") long id,
            @BeanParam ListParams params) {
        return histories.historyOf("ServiceRequest", id, params.toQuery(uri));
    }

    @Answers(status = 201, value = ServiceRequestData.class)
    @POST
    public Response open(ServiceRequestData request) {
        ServiceRequestData opened = requests.openRequest(Bodies.required(request));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(opened.getId())).build()).entity(opened).build();
    }

    @PUT
    @Path("{id}")
    public ServiceRequestData update(@PathParam("id") long id, ServiceRequestData request) {
        Bodies.required(request).setId(id);
        return requests.updateRequest(request);
    }

    /** {@code {"version": 2, "assigneeId": 7}}; without an assignee: take it yourself. */
    @POST
    @Path("{id}/assign")
    public ServiceRequestData assign(@PathParam("id") long id, Step step) {
        return requests.assign(id, version(step), step.assigneeId());
    }

    @POST
    @Path("{id}/start")
    public ServiceRequestData start(@PathParam("id") long id, Step step) {
        return requests.startWork(id, version(step));
    }

    @POST
    @Path("{id}/wait")
    public ServiceRequestData waitOnCustomer(@PathParam("id") long id, Step step) {
        return requests.waitOnCustomer(id, version(step));
    }

    @POST
    @Path("{id}/resume")
    public ServiceRequestData resume(@PathParam("id") long id, Step step) {
        return requests.resume(id, version(step));
    }

    @POST
    @Path("{id}/resolve")
    public ServiceRequestData resolve(@PathParam("id") long id, Step step) {
        return requests.resolve(id, version(step), step.resolution(), step.satisfaction());
    }

    @POST
    @Path("{id}/close")
    public ServiceRequestData close(@PathParam("id") long id, Step step) {
        return requests.close(id, version(step), step.satisfaction());
    }

    @POST
    @Path("{id}/reopen")
    public ServiceRequestData reopen(@PathParam("id") long id, Step step) {
        return requests.reopen(id, version(step));
    }

    @POST
    @Path("{id}/notes")
    public ServiceRequestData note(@PathParam("id") long id, Step step) {
        return requests.addNote(id, version(step), step.note(), step.customerVisible());
    }

    /** A technician's visits on a day: {@code ?technician=7&day=2026-12-01}. */
    @GET
    @Path("visits")
    public List<ServiceRequestData> visits(@QueryParam("technician") Long technician, @QueryParam("day") LocalDate day) {
        if (technician == null) {
            throw new InvalidInputException("technician", "is required: the technician's user id");
        }
        if (day == null) {
            throw new InvalidInputException("day", "is required: a date like 2026-12-31");
        }
        return requests.visits(technician, day);
    }

    /** Admins: mark at-risk and breached requests now (it runs every five minutes). */
    @POST
    @Path("sla-check")
    public Map<String, Integer> check() {
        return Map.of("marked", requests.checkSla());
    }

    private static long version(Step body) {
        return Bodies.version(body == null ? null : body.version());
    }
}
