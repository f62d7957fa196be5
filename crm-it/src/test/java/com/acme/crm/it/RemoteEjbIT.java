package com.acme.crm.it;

import static com.acme.crm.it.Crm.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.crm.account.boundary.AccountService;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Another Java program calls the remote services over IIOP, logged in as a CRM user with the
 * CRM password (the server's realm "crm" asks the CRM), and gets the same visibility rules as
 * the UI and REST. No user is set up in the server.
 */
class RemoteEjbIT {

    static final Path PAYARA = Path.of(System.getProperty("payara.home"));
    static long rep1Account;
    static String rep1AccountName;

    @BeforeAll
    static void data() {
        rep1AccountName = Crm.unique("Remote Visible");
        JsonObject account = Crm.newAccount("rep1", rep1AccountName);
        rep1Account = account.getJsonNumber("id").longValue();
    }

    @Test
    void ownerReadsTheirAccountRemotely() throws Exception {
        String out = runClient("rep1", Crm.DEMO_PASSWORD, "get", rep1Account);
        assertEquals("OK " + rep1AccountName + " owned by Riley Reed", out);
    }

    @Test
    void repOfAnotherTeamIsRefusedRemotely() throws Exception {
        String out = runClient("rep2", Crm.DEMO_PASSWORD, "get", rep1Account);
        assertTrue(out.startsWith("ERROR com.acme.crm.shared.api.AccessDeniedException"), out);
    }

    @Test
    void theRemotePipelineEnforcesTheSameStageCriteria() throws Exception {
        jakarta.json.JsonObject account = Crm.newAccount("rep1", Crm.unique("Remote Deal Co"));
        jakarta.json.JsonObject deal = PipelineIT.newDeal("rep1", account.getJsonNumber("id").longValue(), "Remote rollout", 52000);
        long id = deal.getJsonNumber("id").longValue();
        assertEquals("REFUSED [budgetAmount, decisionMaker, needsProblems, expectedCloseDate]",
                runClient("rep1", Crm.DEMO_PASSWORD, "move", id, "Qualification"));
        PipelineIT.qualify(deal);
        assertEquals("OK Qualification 52000.00 EUR", runClient("rep1", Crm.DEMO_PASSWORD, "move", id, "Qualification"));
        assertTrue(runClient("rep2", Crm.DEMO_PASSWORD, "move", id, "Proposal").startsWith("ERROR com.acme.crm.shared.api.AccessDeniedException"));
    }

    @Test
    void quotesCrossIiopWithTheirComputedTotals() throws Exception {
        jakarta.json.JsonObject deal = QuotesIT.newDeal("Remote Quote Co");
        jakarta.json.JsonObject draft = as("rep1", "POST", "quotes", jakarta.json.Json.createObjectBuilder()
                .add("opportunityId", deal.getJsonNumber("id")).build()).json();
        jakarta.json.JsonObject priced = as("rep1", "PUT", "quotes/" + draft.getJsonNumber("id"), jakarta.json.Json.createObjectBuilder(draft)
                .add("lines", jakarta.json.Json.createArrayBuilder().add(jakarta.json.Json.createObjectBuilder()
                        .add("productId", QuotesIT.productId("SVC-DAY")).add("quantity", 3).add("discount", 10))).build()).json();
        long id = priced.getJsonNumber("id").longValue();
        assertEquals("OK " + priced.getString("number") + " DRAFT 3855.60 EUR 3240.00", runClient("rep1", Crm.DEMO_PASSWORD, "quote", id));
        assertTrue(runClient("rep2", Crm.DEMO_PASSWORD, "quote", id).startsWith("ERROR com.acme.crm.shared.api.AccessDeniedException"));
    }

    @Test
    void metricsAndForecastCrossIiopWithTheSameFiguresAndVisibility() throws Exception {
        jakarta.json.JsonObject rest = Crm.get("rep1", "metrics").json();
        String period = Crm.get("rep1", "forecast").json().getString("period");
        assertEquals("OK Your numbers|" + rest.getInt("won") + "|" + rest.getInt("openDeals") + "|"
                + rest.getJsonNumber("pipelineValue").bigDecimalValue().setScale(2) + "|" + period,
                runClient("rep1", Crm.DEMO_PASSWORD, "metrics", 0));
        long rep2 = Crm.get("rep2", "me").json().getJsonNumber("id").longValue();
        assertTrue(runClient("rep1", Crm.DEMO_PASSWORD, "metrics", rep2).startsWith("ERROR com.acme.crm.shared.api.AccessDeniedException"));
    }

    @Test
    void anotherSystemOpensAServiceRequestOverIiop() throws Exception {
        assertEquals("OK NEW HIGH ON_TRACK true 1", runClient("rep1", Crm.DEMO_PASSWORD, "service", rep1Account));
        assertTrue(runClient("rep2", Crm.DEMO_PASSWORD, "service", rep1Account).startsWith("ERROR com.acme.crm.shared.api.AccessDeniedException"));
    }

    @Test
    void leadsCrossIiopWithMoneyAndDatesAndTheSameVisibility() throws Exception {
        String company = Crm.unique("Remote Lead");
        jakarta.json.JsonObject lead = LeadsIT.newLead("rep1", LeadsIT.qualifiableLead(company));
        long id = lead.getJsonNumber("id").longValue();
        assertEquals("OK Alan Turing budget 40000.00 EUR by " + lead.getString("expectedPurchaseDate"),
                runClient("rep1", Crm.DEMO_PASSWORD, "lead", id));
        String refused = runClient("rep2", Crm.DEMO_PASSWORD, "lead", id);
        assertTrue(refused.startsWith("ERROR com.acme.crm.shared.api.AccessDeniedException"), refused);
    }

    @Test
    void aCallCentreWorksAServiceRequestThroughItsWholeCourseRemotely() throws Exception {
        assertEquals("OK NEW ASSIGNED:Casey Care IN_PROGRESS WAITING_ON_CUSTOMER IN_PROGRESS RESOLVED CLOSED"
                        + " | stale refused | Replaced the roller",
                runClient("support1", Crm.DEMO_PASSWORD, "support", rep1Account));
        // a rep may open a request for their account but not change its course
        String rep = runClient("rep1", Crm.DEMO_PASSWORD, "support", rep1Account);
        assertTrue(rep.startsWith("ERROR com.acme.crm.shared.api.AccessDeniedException"), rep);
    }

    @Test
    void activitiesCatalogueUsersAndTeamsAreReachableRemotely() throws Exception {
        JsonObject me = Crm.get("rep1", "me").json();
        long products = Crm.get("rep1", "products?size=1").json().getInt("total");
        int priceLists = Crm.get("rep1", "price-lists").body().asJsonArray().size();
        int teams = Crm.get("rep1", "teams").body().asJsonArray().size();
        String out = runClient("rep1", Crm.DEMO_PASSWORD, "desk", rep1Account, Crm.unique("R").replace(" ", ""));
        assertTrue(out.startsWith("OK activity open=true done=true Agreed to renew timeline=true | products " + products
                + " | price lists " + priceLists + " first with "), out);
        assertTrue(out.endsWith(" | me rep1 " + me.getString("teamName") + " | teams " + teams
                + " | owner listed true | users refused"), out);
        assertTrue(runClient("admin", Crm.DEMO_PASSWORD, "desk", rep1Account, "admin").endsWith(
                " | " + Crm.get("admin", "users?size=10").json().getInt("total") + " users"));
    }

    @Test
    void aMarketingSystemImportsLeadsAndMergesAccountsRemotely() throws Exception {
        String tag = Crm.unique("rimp").replace(" ", "");
        long survivor = Crm.newAccount("rep1", Crm.unique("Merge Keep")).getJsonNumber("id").longValue();
        String duplicateName = Crm.unique("Merge Gone");
        long duplicate = Crm.newAccount("rep1", duplicateName).getJsonNumber("id").longValue();
        assertEquals("OK import DONE 1 imported 1 refused listed=true report 2 lines | merged Account #" + duplicate + " "
                        + duplicateName + " (Riley Reed) history 1 | groups refused",
                runClient("rep1", Crm.DEMO_PASSWORD, "import", survivor, tag, String.valueOf(duplicate)));
        assertEquals(1, Crm.get("rep1", "leads?q=" + tag + "grace").json().getInt("total"), "the imported lead is there");
        assertEquals(404, Crm.get("rep1", "accounts/" + duplicate).status(), "the merged account is gone");
    }

    @Test
    void anIntegrationUserMadeInTheCrmCallsRemotelyWithItsCrmPasswordUntilDeactivated() throws Exception {
        String name = "erp-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String password = "integration-pw-1";
        long east = Crm.get("admin", "teams").body().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("name").equals("East")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        Crm.Reply created = as("admin", "POST", "users", jakarta.json.Json.createObjectBuilder().add("username", name)
                .add("displayName", "ERP of team East").add("teamId", east).add("password", password)
                .add("roles", jakarta.json.Json.createArrayBuilder().add("SALES_REP").add("INTEGRATION")).build());
        assertEquals(201, created.status(), String.valueOf(created.body()));

        assertEquals("OK " + rep1AccountName + " owned by Riley Reed", runClient(name, password, "get", rep1Account),
                "a user made in the CRM alone logs in over IIOP and sees its team's account");
        assertTrue(runClient(name, "not-its-password", "get", rep1Account).startsWith(NOT_AUTHENTICATED), "a wrong password is refused");
        assertEquals(200, Crm.call("GET", "events?size=5", name, password, null).status(), "it reads its team's event feed");
        assertEquals(403, Crm.get("rep1", "events?size=5").status(), "a person does not");
        try (Browser browser = new Browser()) {
            browser.tryLogIn(name, password);
            browser.waitForText(org.openqa.selenium.By.id("login"), "integration account");
        }

        assertEquals(200, as("admin", "PUT", "users/" + created.json().getJsonNumber("id") + "/active",
                jakarta.json.Json.createObjectBuilder().add("active", false).build()).status());
        assertTrue(runClient(name, password, "get", rep1Account).startsWith(NOT_AUTHENTICATED), "deactivated: refused at once");
    }

    @Test
    void anonymousRemoteCallsAreRefused() throws Exception {
        String out = runClient("-", "-", "list", 0);
        assertTrue(out.startsWith(NOT_AUTHENTICATED), out);
    }

    @Test
    void wrongPasswordIsRefusedRemotely() throws Exception {
        String out = runClient("rep1", "wrong-password", "list", 0);
        assertTrue(out.startsWith(NOT_AUTHENTICATED), out);
    }

    /** What a caller whose login the server refused gets, through RemoteServices. */
    static final String NOT_AUTHENTICATED =
            "ERROR com.acme.crm.shared.api.NotAuthenticatedException: Log in as an active CRM user";

    static String runClient(String user, String password, String command, long id, String... more) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(moduleOptionsOfTheServer());
        cmd.add("-Djava.security.auth.login.config=" + PAYARA.resolve("glassfish/lib/appclient/appclientlogin.conf"));
        cmd.add("-Diiop.port=" + System.getProperty("payara.iiop.port"));
        cmd.add("-cp");
        cmd.add(String.join(File.pathSeparator,
                PAYARA.resolve("glassfish/lib/gf-client.jar").toString(),
                codeSource(AccountService.class),
                codeSource(RemoteClient.class)));
        cmd.add(RemoteClient.class.getName());
        cmd.addAll(List.of(user, password, command, String.valueOf(id)));
        cmd.addAll(List.of(more));
        Process process = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "client finished");
        // the ORB logs to the same stream; the client's answer is the line starting with OK or ERROR
        return out.lines().filter(l -> l.startsWith("OK ") || l.startsWith("ERROR ") || l.startsWith("REFUSED ")).findFirst()
                .orElse("no answer from the client; it printed: " + out);
    }

    /** The client JVM needs the same --add-opens/--add-exports as the server (Payara's appclient docs). */
    static List<String> moduleOptionsOfTheServer() throws IOException {
        String domainXml = Files.readString(Path.of(System.getProperty("payara.domain.xml")));
        Matcher m = Pattern.compile("<jvm-options>(?:\\[[^\\]]*\\])?(--add-(?:opens|exports)=[^<]+)</jvm-options>").matcher(domainXml);
        List<String> options = new ArrayList<>();
        while (m.find()) {
            options.add(m.group(1));
        }
        return options;
    }

    private static String codeSource(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
