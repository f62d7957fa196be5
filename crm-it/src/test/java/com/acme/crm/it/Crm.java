package com.acme.crm.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** A small REST client for the CRM under test, used as a black box over HTTP. */
final class Crm {

    static final String URL = System.getProperty("crm.url", "http://localhost:20080/crm/");
    static final String DEMO_PASSWORD = System.getenv().getOrDefault("CRM_DEMO_PASSWORD", "demo");

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Crm() {
    }

    /** An answer: status, content type and the parsed JSON body (null when empty). */
    record Reply(int status, String contentType, JsonStructure body, String location) {

        JsonObject json() {
            return (JsonObject) body;
        }
    }

    /** A request with a body sent exactly as given (malformed JSON, another content type), as admin. */
    static Reply raw(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(URL + "api/" + path))
                .header("Accept", "application/json, application/problem+json, */*;q=0.1")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("admin:" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            JsonStructure json = null;
            if (text != null && !text.isBlank()) {
                try {
                    json = Json.createReader(new StringReader(text)).read();
                } catch (RuntimeException notJson) {
                    json = Json.createObjectBuilder().add("unparsed", text).build();
                }
            }
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), json,
                    response.headers().firstValue("Location").orElse(null));
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    static Reply call(String method, String path, String user, String password, JsonValue body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(URL + "api/" + path))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            JsonStructure json = text == null || text.isBlank() ? null
                    : Json.createReader(new StringReader(text)).read();
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), json,
                    response.headers().firstValue("Location").orElse(null));
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    static Reply as(String user, String method, String path, JsonValue body) {
        return call(method, path, user, DEMO_PASSWORD, body);
    }

    static Reply get(String user, String path) {
        return as(user, "GET", path, null);
    }

    /** A name no earlier run has used (the PostgreSQL database outlives test runs). */
    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static JsonObject newAccount(String owner, String name) {
        Reply reply = as(owner, "POST", "accounts", Json.createObjectBuilder()
                .add("name", name).add("industry", "Testing").add("website", "www." + name.replaceAll("[^A-Za-z0-9]", "").toLowerCase() + ".example")
                .build());
        if (reply.status() != 201) {
            throw new IllegalStateException("could not create account: " + reply);
        }
        return reply.json();
    }

    static JsonObject newUser(String username, String password, String role) {
        Reply reply = as("admin", "POST", "users", Json.createObjectBuilder()
                .add("username", username).add("displayName", "Test " + username)
                .add("roles", Json.createArrayBuilder().add(role)).add("password", password).build());
        if (reply.status() != 201) {
            throw new IllegalStateException("could not create user: " + reply);
        }
        return reply.json();
    }
}
