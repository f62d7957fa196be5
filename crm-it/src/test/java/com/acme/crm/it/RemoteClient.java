package com.acme.crm.it;

import com.acme.crm.account.boundary.AccountData;
import com.acme.crm.account.boundary.AccountService;
import com.acme.crm.lead.boundary.LeadData;
import com.acme.crm.lead.boundary.LeadService;
import com.acme.crm.shared.api.PageQuery;
import java.util.Properties;
import javax.naming.InitialContext;

/**
 * A stand-alone program, as another application would be: it logs in (unless the user is
 * "-"), looks up the remote AccountService over IIOP and prints one line with the outcome.
 * Started by {@link RemoteEjbIT} in a JVM of its own.
 *
 * <p>Arguments: user password command [id] [more]; commands: get (an account), lead, list
 * (accounts), move, quote, service, metrics, support (a request worked through its course),
 * desk (activities, catalogue, users and teams), import (a lead import, duplicates and a merge).
 */
public final class RemoteClient {

    static final String LOOKUP = "java:global/crm/crm-ejb/Accounts!" + AccountService.class.getName();
    static final String LEAD_LOOKUP = "java:global/crm/crm-ejb/Leads!" + LeadService.class.getName();
    static final String QUOTE_LOOKUP = "java:global/crm/crm-ejb/Quotes!" + com.acme.crm.quote.boundary.QuoteService.class.getName();
    static final String SERVICE_LOOKUP = "java:global/crm/crm-ejb/ServiceRequests!"
            + com.acme.crm.service.boundary.ServiceRequestService.class.getName();
    static final String PIPELINE_LOOKUP = "java:global/crm/crm-ejb/Opportunities!"
            + com.acme.crm.pipeline.boundary.PipelineService.class.getName();

    static final String FORECAST_LOOKUP = "java:global/crm/crm-ejb/Metrics!"
            + com.acme.crm.forecast.boundary.ForecastService.class.getName();

    static final String ACTIVITY_LOOKUP = "java:global/crm/crm-ejb/Activities!"
            + com.acme.crm.activity.boundary.ActivityService.class.getName();
    static final String CATALOGUE_LOOKUP = "java:global/crm/crm-ejb/Catalogue!"
            + com.acme.crm.quote.boundary.CatalogueService.class.getName();
    static final String USER_LOOKUP = "java:global/crm/crm-ejb/Users!"
            + com.acme.crm.security.boundary.UserService.class.getName();
    static final String IMPORT_LOOKUP = "java:global/crm/crm-ejb/Imports!"
            + com.acme.crm.dataimport.boundary.ImportService.class.getName();
    static final String MERGE_LOOKUP = "java:global/crm/crm-ejb/Merges!"
            + com.acme.crm.duplicate.boundary.MergeService.class.getName();

    private RemoteClient() {
    }

    public static void main(String[] args) throws Exception {
        String user = args[0];
        String password = args[1];
        try {
            if (!"-".equals(user)) {
                // Payara's client login; the credentials are checked by the server at the first call
                Class<?> loginClass = Class.forName("com.sun.enterprise.security.ee.auth.login.ProgrammaticLogin");
                Object login = loginClass.getConstructor().newInstance();
                loginClass.getMethod("login", String.class, char[].class, String.class, boolean.class)
                        .invoke(login, user, password.toCharArray(), "crm", true);
            }
            Properties env = new Properties();
            env.setProperty("org.omg.CORBA.ORBInitialHost", "localhost");
            env.setProperty("org.omg.CORBA.ORBInitialPort", System.getProperty("iiop.port", "3700"));
            AccountService accounts = service(env, AccountService.class, LOOKUP);
            switch (args[2]) {
                case "get" -> {
                    AccountData account = accounts.getAccount(Long.parseLong(args[3]));
                    System.out.println("OK " + account.getName() + " owned by " + account.getOwnerName());
                }
                case "lead" -> {
                    LeadService leads = service(env, LeadService.class, LEAD_LOOKUP);
                    LeadData lead = leads.getLead(Long.parseLong(args[3]));
                    System.out.println("OK " + lead.getFullName() + " budget " + lead.getBudgetAmount() + " "
                            + lead.getBudgetCurrency() + " by " + lead.getExpectedPurchaseDate());
                }
                case "move" -> {
                    // try to move a deal to the stage named in args[4]; a refusal lists what is missing
                    var pipeline = service(env, com.acme.crm.pipeline.boundary.PipelineService.class, PIPELINE_LOOKUP);
                    var deal = pipeline.getOpportunity(Long.parseLong(args[3]));
                    long stage = pipeline.getStages().stream().filter(s -> s.getName().equals(args[4])).findFirst()
                            .orElseThrow().getId();
                    try {
                        var moved = pipeline.moveOpportunity(deal.getId(), new com.acme.crm.pipeline.boundary.MoveData(
                                deal.getVersion(), stage));
                        System.out.println("OK " + moved.getStageName() + " " + moved.getAmount() + " " + moved.getCurrency());
                    } catch (com.acme.crm.shared.api.CriteriaNotMetException e) {
                        System.out.println("REFUSED " + e.getFieldErrors().stream()
                                .map(com.acme.crm.shared.api.FieldError::getField).toList());
                    }
                }
                case "quote" -> {
                    var quotes = service(env, com.acme.crm.quote.boundary.QuoteService.class, QUOTE_LOOKUP);
                    var quote = quotes.getQuote(Long.parseLong(args[3]));
                    System.out.println("OK " + quote.getNumber() + " " + quote.getStatus() + " " + quote.getTotals().getGrandTotal()
                            + " " + quote.getCurrency() + " " + quote.getLines().get(0).getNet());
                }
                case "service" -> {
                    // a call-centre system opening a request for an account, then reading it back
                    var service = service(env, com.acme.crm.service.boundary.ServiceRequestService.class, SERVICE_LOOKUP);
                    var opened = service.openRequest(phoneCall(args[3], "Printer offline (call centre)",
                            com.acme.crm.service.boundary.ServicePriority.HIGH));
                    var read = service.getRequest(opened.getId());
                    System.out.println("OK " + read.getStatus() + " " + read.getPriority() + " " + read.getSlaState() + " "
                            + (read.getResolutionDue() != null) + " " + read.getHistory().size());
                }
                case "metrics" -> {
                    // a reporting system reading the sales metrics and this month's forecast
                    var forecasts = service(env, com.acme.crm.forecast.boundary.ForecastService.class, FORECAST_LOOKUP);
                    var filter = new com.acme.crm.forecast.boundary.MetricFilterData();
                    if (Long.parseLong(args[3]) > 0) {
                        filter.setOwnerId(Long.parseLong(args[3])); // 0: the caller's own numbers
                    }
                    var metrics = forecasts.metrics(filter);
                    var forecast = forecasts.forecast(new com.acme.crm.forecast.boundary.ForecastQueryData());
                    System.out.println("OK " + metrics.getScope() + "|" + metrics.getWon() + "|" + metrics.getOpenDeals() + "|"
                            + metrics.getPipelineValue() + "|" + forecast.getPeriod());
                }
                case "support" -> {
                    // a call-centre system works a request through its whole course
                    var service = service(env, com.acme.crm.service.boundary.ServiceRequestService.class, SERVICE_LOOKUP);
                    var r = service.openRequest(phoneCall(args[3], "Scanner jams (call centre)",
                            com.acme.crm.service.boundary.ServicePriority.NORMAL));
                    java.util.List<String> course = new java.util.ArrayList<>(java.util.List.of(r.getStatus().name()));
                    long opened = r.getVersion();
                    r = service.assign(r.getId(), r.getVersion(), null);
                    course.add(r.getStatus() + ":" + r.getAssigneeName());
                    r = service.startWork(r.getId(), r.getVersion());
                    course.add(r.getStatus().name());
                    r = service.waitOnCustomer(r.getId(), r.getVersion());
                    course.add(r.getStatus().name());
                    r = service.resume(r.getId(), r.getVersion());
                    course.add(r.getStatus().name());
                    r = service.addNote(r.getId(), r.getVersion(), "Customer confirmed the roller is worn", true);
                    String stale;
                    try {
                        service.resolve(r.getId(), opened, "too late", null);
                        stale = "stale change accepted";
                    } catch (com.acme.crm.shared.api.ConcurrentEditException e) {
                        stale = "stale refused";
                    }
                    r = service.resolve(r.getId(), r.getVersion(), "Replaced the roller", 5);
                    course.add(r.getStatus().name());
                    r = service.close(r.getId(), r.getVersion(), null);
                    course.add(r.getStatus().name());
                    System.out.println("OK " + String.join(" ", course) + " | " + stale + " | " + r.getResolution());
                }
                case "desk" -> {
                    // a telephony system logs a call; it reads the catalogue, who the caller is, the teams
                    var activities = service(env, com.acme.crm.activity.boundary.ActivityService.class, ACTIVITY_LOOKUP);
                    var call = new com.acme.crm.activity.boundary.ActivityData();
                    call.setType(com.acme.crm.activity.boundary.ActivityType.CALL);
                    call.setSubject("Call back about the renewal " + args[4]);
                    call.setAccountId(Long.parseLong(args[3]));
                    call.setStartsAt(java.time.LocalDateTime.now().plusDays(1).withNano(0));
                    call.setDurationMinutes(15);
                    var logged = activities.log(call);
                    boolean open = activities.myOpenActivities(new PageQuery(0, 100))
                            .getItems().stream().anyMatch(a -> a.getId().equals(logged.getId()));
                    var done = activities.complete(logged.getId(), logged.getVersion(), "Agreed to renew");
                    boolean onTimeline = activities.timeline("account", Long.parseLong(args[3])).stream()
                            .anyMatch(a -> a.getId().equals(logged.getId()) && a.isDone());
                    var catalogue = service(env, com.acme.crm.quote.boundary.CatalogueService.class, CATALOGUE_LOOKUP);
                    long products = catalogue.findProducts(new PageQuery(0, 1)).getTotal();
                    var lists = catalogue.priceLists();
                    int prices = catalogue.priceList(lists.get(0).getId()).getPrices().size();
                    var users = service(env, com.acme.crm.security.boundary.UserService.class, USER_LOOKUP);
                    var me = users.me();
                    String directory;
                    try {
                        directory = users.findUsers(new PageQuery(0, 10)).getTotal() + " users";
                    } catch (com.acme.crm.shared.api.AccessDeniedException e) {
                        directory = "users refused";
                    }
                    System.out.println("OK activity open=" + open + " done=" + done.isDone() + " " + done.getOutcome()
                            + " timeline=" + onTimeline + " | products " + products + " | price lists " + lists.size()
                            + " first with " + prices + " prices | me " + me.getUsername() + " " + me.getTeamName()
                            + " | teams " + users.teams().size() + " | owner listed "
                            + users.owners().stream().anyMatch(o -> o.getId() == me.getId()) + " | " + directory);
                }
                case "import" -> {
                    // a marketing system hands over leads, follows the import, reads the refused rows;
                    // then merges two accounts it knows are the same company
                    var imports = service(env, com.acme.crm.dataimport.boundary.ImportService.class, IMPORT_LOOKUP);
                    String tag = args[4];
                    String csv = "First Name,Last Name,Email,Company\r\n"
                            + "Grace,Hopper," + tag + "grace@example.com,Navy " + tag + "\r\n"
                            + "Bad,Email,not-an-email,Nowhere " + tag + "\r\n";
                    var preview = imports.previewLeads(csv);
                    var job = imports.startLeadImport("remote.csv", csv, preview.getMapping(), false);
                    for (int i = 0; i < 120 && !"DONE".equals(job.getStatus()) && !"FAILED".equals(job.getStatus()); i++) {
                        Thread.sleep(500);
                        job = imports.job(job.getId());
                    }
                    long jobId = job.getId();
                    boolean listed = imports.myJobs().stream().anyMatch(j -> j.getId() == jobId);
                    String report = imports.errorReport(jobId);
                    var merges = service(env, com.acme.crm.duplicate.boundary.MergeService.class, MERGE_LOOKUP);
                    long survivor = Long.parseLong(args[3]);
                    long duplicate = Long.parseLong(args[5]);
                    var mergePreview = merges.preview(com.acme.crm.duplicate.boundary.RecordKind.ACCOUNT, survivor, duplicate);
                    var merged = merges.merge(new com.acme.crm.duplicate.boundary.MergeData(
                            com.acme.crm.duplicate.boundary.RecordKind.ACCOUNT, survivor, mergePreview.getSurvivorVersion(),
                            duplicate, mergePreview.getDuplicateVersion(), java.util.Set.of()));
                    int history = merges.history(com.acme.crm.duplicate.boundary.RecordKind.ACCOUNT, survivor).size();
                    String groups;
                    try {
                        groups = merges.findDuplicateGroups(new PageQuery(0, 10)).getTotal() + " groups";
                    } catch (com.acme.crm.shared.api.AccessDeniedException e) {
                        groups = "groups refused";
                    }
                    System.out.println("OK import " + job.getStatus() + " " + job.getImportedRows() + " imported "
                            + job.getErrorRows() + " refused listed=" + listed + " report " + report.lines().count()
                            + " lines | merged " + merged.getMergedLabel() + " history " + history + " | " + groups);
                }
                case "list" -> System.out.println("OK " + accounts.findAccounts(new PageQuery(0, 200)).getTotal()
                        + " accounts");
                default -> throw new IllegalArgumentException(args[2]);
            }
        } catch (Exception e) {
            Throwable root = e;
            while (root.getCause() != null && !(root instanceof RuntimeException && root.getClass().getName().startsWith("com.acme"))) {
                root = root.getCause();
            }
            String message = String.valueOf(root.getMessage()).replace('\n', ' ').replace('\r', ' ');
            System.out.println("ERROR " + root.getClass().getName() + ": " + message);
        }
        System.exit(0);
    }

    /** Looks a service up; a refused login then arrives as NotAuthenticatedException. */
    private static <T> T service(Properties env, Class<T> type, String name) throws javax.naming.NamingException {
        return com.acme.crm.shared.api.RemoteServices.lookup(new InitialContext(env), type, name);
    }

    /** A problem reported by phone for an account. */
    private static com.acme.crm.service.boundary.ServiceRequestData phoneCall(String accountId, String subject,
            com.acme.crm.service.boundary.ServicePriority priority) {
        var request = new com.acme.crm.service.boundary.ServiceRequestData();
        request.setAccountId(Long.parseLong(accountId));
        request.setSubject(subject);
        request.setChannel(com.acme.crm.service.boundary.ServiceChannel.PHONE);
        request.setType(com.acme.crm.service.boundary.ServiceType.PROBLEM);
        request.setPriority(priority);
        return request;
    }
}
