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
 * <p>Arguments: user password command [id]; commands: get (an account), lead, list (accounts).
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
                        .invoke(login, user, password.toCharArray(), "file", true);
            }
            Properties env = new Properties();
            env.setProperty("org.omg.CORBA.ORBInitialHost", "localhost");
            env.setProperty("org.omg.CORBA.ORBInitialPort", System.getProperty("iiop.port", "3700"));
            AccountService accounts = (AccountService) new InitialContext(env).lookup(LOOKUP);
            switch (args[2]) {
                case "get" -> {
                    AccountData account = accounts.getAccount(Long.parseLong(args[3]));
                    System.out.println("OK " + account.getName() + " owned by " + account.getOwnerName());
                }
                case "lead" -> {
                    LeadService leads = (LeadService) new InitialContext(env).lookup(LEAD_LOOKUP);
                    LeadData lead = leads.getLead(Long.parseLong(args[3]));
                    System.out.println("OK " + lead.getFullName() + " budget " + lead.getBudgetAmount() + " "
                            + lead.getBudgetCurrency() + " by " + lead.getExpectedPurchaseDate());
                }
                case "move" -> {
                    // try to move a deal to the stage named in args[4]; a refusal lists what is missing
                    var pipeline = (com.acme.crm.pipeline.boundary.PipelineService) new InitialContext(env).lookup(PIPELINE_LOOKUP);
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
                    var quotes = (com.acme.crm.quote.boundary.QuoteService) new InitialContext(env).lookup(QUOTE_LOOKUP);
                    var quote = quotes.getQuote(Long.parseLong(args[3]));
                    System.out.println("OK " + quote.getNumber() + " " + quote.getStatus() + " " + quote.getTotals().getGrandTotal()
                            + " " + quote.getCurrency() + " " + quote.getLines().get(0).getNet());
                }
                case "service" -> {
                    // a call-centre system opening a request for an account, then reading it back
                    var service = (com.acme.crm.service.boundary.ServiceRequestService) new InitialContext(env).lookup(SERVICE_LOOKUP);
                    var request = new com.acme.crm.service.boundary.ServiceRequestData();
                    request.setAccountId(Long.parseLong(args[3]));
                    request.setSubject("Printer offline (call centre)");
                    request.setChannel(com.acme.crm.service.boundary.ServiceChannel.PHONE);
                    request.setType(com.acme.crm.service.boundary.ServiceType.PROBLEM);
                    request.setPriority(com.acme.crm.service.boundary.ServicePriority.HIGH);
                    var opened = service.openRequest(request);
                    var read = service.getRequest(opened.getId());
                    System.out.println("OK " + read.getStatus() + " " + read.getPriority() + " " + read.getSlaState() + " "
                            + (read.getResolutionDue() != null) + " " + read.getHistory().size());
                }
                case "metrics" -> {
                    // a reporting system reading the sales metrics and this month's forecast
                    var forecasts = (com.acme.crm.forecast.boundary.ForecastService) new InitialContext(env).lookup(FORECAST_LOOKUP);
                    var filter = new com.acme.crm.forecast.boundary.MetricFilterData();
                    if (Long.parseLong(args[3]) > 0) {
                        filter.setOwnerId(Long.parseLong(args[3])); // 0: the caller's own numbers
                    }
                    var metrics = forecasts.metrics(filter);
                    var forecast = forecasts.forecast(new com.acme.crm.forecast.boundary.ForecastQueryData());
                    System.out.println("OK " + metrics.getScope() + "|" + metrics.getWon() + "|" + metrics.getOpenDeals() + "|"
                            + metrics.getPipelineValue() + "|" + forecast.getPeriod());
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
}
