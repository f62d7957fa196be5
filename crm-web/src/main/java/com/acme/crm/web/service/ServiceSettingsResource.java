package com.acme.crm.web.service;

import com.acme.crm.service.boundary.ServiceAdministration;
import com.acme.crm.service.boundary.ServiceSettingsData;
import com.acme.crm.web.shared.Bodies;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** REST: /api/service-settings — business hours, holidays, SLA targets, after-sale rules (changes: admins). */
@Path("service-settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServiceSettingsResource {

    @Inject
    ServiceAdministration administration;

    @GET
    public ServiceSettingsData settings() {
        return administration.settings();
    }

    @PUT
    public ServiceSettingsData change(ServiceSettingsData settings) {
        return administration.change(Bodies.required(settings));
    }
}
