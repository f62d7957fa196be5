package com.acme.crm.service.control;

import com.acme.crm.event.boundary.EventType;
import com.acme.crm.event.control.EventOutbox;
import com.acme.crm.service.entity.ServiceRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/**
 * The business events of service requests: opened, assigned, at risk, breached (which target),
 * resolved, closed. The owner an event names is the account's owner, whose team the request
 * belongs to; the agent is in the data.
 */
@Dependent
public class RequestEvents {

    @Inject
    EventOutbox outbox;

    public void publish(EventType type, ServiceRequest request) {
        outbox.publish(type, request.getId(), request.getAccount().getOwner(), data(request));
    }

    /** A missed SLA target: {@code "firstResponse"} or {@code "resolution"}. */
    public void breached(ServiceRequest request, String target) {
        outbox.publish(EventType.SERVICE_REQUEST_BREACHED, request.getId(), request.getAccount().getOwner(),
                data(request).add("target", target));
    }

    private static JsonObjectBuilder data(ServiceRequest request) {
        JsonObjectBuilder data = Json.createObjectBuilder()
                .add("serviceRequestId", request.getId())
                .add("subject", request.getSubject())
                .add("accountId", request.getAccount().getId())
                .add("status", request.getStatus().name())
                .add("priority", request.getPriority().name())
                .add("channel", request.getChannel().name())
                .add("type", request.getType().name())
                .add("resolutionDue", request.getResolutionDue().toString());
        if (request.getAssignee() != null) {
            data.add("assigneeId", request.getAssignee().getId()).add("assignee", request.getAssignee().getUsername());
        }
        return data;
    }
}
