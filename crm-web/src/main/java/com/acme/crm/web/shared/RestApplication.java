package com.acme.crm.web.shared;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API lives under /crm/api; every resource speaks JSON and reports errors as problem+json. */
@ApplicationPath("api")
public class RestApplication extends Application {
}
