package com.acme.crm.web.apidoc;

import com.acme.crm.web.shared.Public;
import jakarta.json.JsonObject;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * REST: the API's own description, {@code GET /api/openapi.json} and {@code /api/openapi.yaml}
 * (OpenAPI 3.1), and {@code /api/docs}, a page to browse and try it (Swagger UI). Public: the
 * description holds no customer data, and whoever tries an operation logs in for it.
 */
@Path("/")
@Public
public class ApiDocsResource {

    private static final String CLASSES = "/WEB-INF/classes/";

    /** Built once per instance: the resources do not change while the application runs. */
    private static volatile JsonObject description;

    @Context
    ServletContext servlet;

    @GET
    @Path("openapi.json")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject json() {
        return description();
    }

    @GET
    @Path("openapi.yaml")
    @Produces("application/yaml")
    public String yaml() {
        return Yaml.of(description());
    }

    @GET
    @Path("docs")
    @Produces(MediaType.TEXT_HTML)
    public String docs() {
        String ui = servlet.getContextPath() + swaggerUi();
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>Sales CRM REST API</title>
                  <link rel="stylesheet" href="%1$sswagger-ui.css">
                </head>
                <body>
                  <div id="api-docs" data-description="%2$s/api/openapi.json"></div>
                  <script src="%1$sswagger-ui-bundle.js"></script>
                  <script src="%2$s/resources/js/api-docs.js"></script>
                </body>
                </html>
                """.formatted(ui, servlet.getContextPath());
    }

    private JsonObject description() {
        JsonObject built = description;
        if (built == null) {
            List<Class<?>> resources = new ArrayList<>();
            collect(CLASSES + "com/acme/crm/web/", resources);
            built = OpenApiDocument.describe(resources, version());
            description = built;
        }
        return built;
    }

    /** The resource classes of the web module, found where the Servlet container keeps them. */
    private void collect(String folder, List<Class<?>> resources) {
        Set<String> entries = servlet.getResourcePaths(folder);
        if (entries == null) {
            return;
        }
        for (String entry : entries) {
            if (entry.endsWith("/")) {
                collect(entry, resources);
            } else if (entry.endsWith(".class") && !entry.contains("$")) {
                String name = entry.substring(CLASSES.length(), entry.length() - ".class".length()).replace('/', '.');
                try {
                    Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                    if (type.isAnnotationPresent(Path.class)) {
                        resources.add(type);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException("cannot read the web module's class " + name, e);
                }
            }
        }
    }

    /** Where the Swagger UI web jar's files are served, e.g. /webjars/swagger-ui/5.34.1/. */
    private String swaggerUi() {
        Set<String> versions = servlet.getResourcePaths("/webjars/swagger-ui/");
        if (versions == null || versions.isEmpty()) {
            throw new IllegalStateException("the Swagger UI web jar is missing from the web module");
        }
        return versions.iterator().next();
    }

    private String version() {
        String version = getClass().getPackage().getImplementationVersion();
        return version == null ? "1.0" : version;
    }
}
