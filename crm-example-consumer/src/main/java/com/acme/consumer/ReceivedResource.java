package com.acme.consumer;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /crm-example-consumer/received}: what the listener received, for the end-to-end tests to compare. */
@Path("received")
public class ReceivedResource {

    @Inject
    ReceivedEvents received;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject received() {
        return received.all();
    }

    @ApplicationPath("/")
    public static class Rest extends Application {
    }
}
