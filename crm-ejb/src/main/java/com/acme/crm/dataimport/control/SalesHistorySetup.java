package com.acme.crm.dataimport.control;

import com.acme.crm.account.entity.Account;
import com.acme.crm.account.entity.CompanyNames;
import com.acme.crm.dataimport.control.SalesHistoryFiles.Table;
import com.acme.crm.dataimport.entity.ImportJob;
import com.acme.crm.pipeline.boundary.StageKind;
import com.acme.crm.pipeline.entity.Stage;
import com.acme.crm.quote.entity.PriceList;
import com.acme.crm.quote.entity.PriceListEntry;
import com.acme.crm.quote.entity.Product;
import com.acme.crm.security.boundary.Role;
import com.acme.crm.security.entity.CrmUser;
import com.acme.crm.security.entity.Team;
import com.acme.crm.shared.api.Address;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The first step of a sales history import, in one transaction: teams with their managers and
 * reps, products with their list prices, and accounts (with their parent companies). What
 * exists already (same user name, team name, product, company) is kept as it is, so that a
 * second import changes nothing. Returns where the deals' names point to.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SalesHistorySetup {

    public static final String PRICE_LIST = "Imported list prices (USD)";
    public static final String CURRENCY = "USD";
    /** Where open deals without an account yet are kept: a deal always belongs to an account here. */
    public static final String UNKNOWN_ACCOUNT = "(Account to be identified)";

    /** The import's own ids for the names used in the pipeline file; keys are {@link SalesHistoryNames#key}s. */
    public record Lookup(Map<String, Long> users, Map<String, Long> products, Map<String, BigDecimal> listPrices,
            Map<String, Long> accounts, long unknownAccount, Map<String, Long> stages, String summary, java.time.LocalDate asOf) {
    }

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    com.acme.crm.account.control.CustomerSince customerSince;

    @jakarta.inject.Inject
    com.acme.crm.pipeline.control.PipelineWatch pipelineWatch;

    /** After the deals: when each account became a customer (its first win). */
    public void customersSince() {
        customerSince.recomputeAll();
    }

    /**
     * After the deals: the open ones long in their stage are flagged now, not at the next hourly
     * watch, so that the dashboards and the reps' home pages show them as soon as the import is done.
     */
    public void flagDealsNeedingAttention() {
        pipelineWatch.check();
    }

    public Lookup prepare(long jobId, SalesHistoryFiles files, String passwordHash) {
        ImportJob job = em.find(ImportJob.class, jobId);
        Counts created = new Counts();
        Map<String, Long> users = teamsAndUsers(files.teams(), passwordHash, created);
        Map<String, Product> products = new LinkedHashMap<>();
        Map<String, BigDecimal> prices = new HashMap<>();
        productsAndPrices(files.products(), products, prices, created);
        Map<String, Long> accounts = accounts(files, users, job.getOwner(), created);
        Account unknown = findAccount(UNKNOWN_ACCOUNT).orElseGet(() -> {
            Account account = new Account(UNKNOWN_ACCOUNT, job.getOwner());
            em.persist(account);
            return account;
        });
        em.flush();
        return new Lookup(users, products.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getId())),
                prices, accounts, unknown.getId(), stages(), created.toString(), files.asOf());
    }

    private Map<String, Long> teamsAndUsers(Table teams, String passwordHash, Counts created) {
        Map<String, Long> ids = new HashMap<>();
        Map<String, Team> teamOfManager = new HashMap<>();
        for (List<String> row : teams.rows()) {
            String manager = teams.value(row, "manager");
            String region = teams.value(row, "regional_office");
            if (manager.isEmpty() || teamOfManager.containsKey(SalesHistoryNames.key(manager))) {
                continue;
            }
            CrmUser boss = user(manager, Role.SALES_MANAGER, passwordHash, created);
            String teamName = (region.isEmpty() ? "" : region + " ") + "(" + manager + ")";
            Team team = em.createQuery("select t from Team t where t.name = :name", Team.class).setParameter("name", teamName)
                    .getResultStream().findFirst().orElseGet(() -> {
                        Team fresh = new Team(teamName);
                        fresh.workIn(region.isEmpty() ? null : region);
                        fresh.appointManager(boss);
                        em.persist(fresh);
                        created.teams++;
                        return fresh;
                    });
            if (boss.getTeamId() == null) {
                boss.joinTeam(team);
            }
            teamOfManager.put(SalesHistoryNames.key(manager), team);
            ids.put(SalesHistoryNames.key(manager), boss.getId());
        }
        for (List<String> row : teams.rows()) {
            String agent = teams.value(row, "sales_agent");
            if (agent.isEmpty()) {
                continue;
            }
            CrmUser rep = user(agent, Role.SALES_REP, passwordHash, created);
            Team team = teamOfManager.get(SalesHistoryNames.key(teams.value(row, "manager")));
            if (rep.getTeamId() == null && team != null) {
                rep.joinTeam(team);
            }
            ids.put(SalesHistoryNames.key(agent), rep.getId());
        }
        return ids;
    }

    private CrmUser user(String person, Role role, String passwordHash, Counts created) {
        String username = SalesHistoryNames.username(person);
        return em.createNamedQuery("CrmUser.findByUsername", CrmUser.class).setParameter("username", username)
                .getResultStream().findFirst().orElseGet(() -> {
                    CrmUser user = new CrmUser(username, person.strip(), passwordHash);
                    user.grantOnly(Set.of(role));
                    em.persist(user);
                    em.flush(); // its id is needed now
                    created.users++;
                    return user;
                });
    }

    private void productsAndPrices(Table table, Map<String, Product> products, Map<String, BigDecimal> prices, Counts created) {
        Map<String, Product> existing = em.createQuery("select p from Product p", Product.class).getResultStream()
                .collect(Collectors.toMap(p -> SalesHistoryNames.key(p.getName()), Function.identity(), (a, b) -> a));
        PriceList list = em.createQuery("select l from PriceList l where l.name = :name", PriceList.class)
                .setParameter("name", PRICE_LIST).getResultStream().findFirst().orElseGet(() -> {
                    PriceList fresh = new PriceList(PRICE_LIST, CURRENCY);
                    em.persist(fresh);
                    return fresh;
                });
        for (List<String> row : table.rows()) {
            String name = table.value(row, "product");
            String key = SalesHistoryNames.key(name);
            if (name.isEmpty() || products.containsKey(key)) {
                continue;
            }
            Product product = existing.get(key);
            if (product == null) {
                product = new Product(SalesHistoryNames.productCode(name));
                product.describe(SalesHistoryNames.productCode(name), name, blankToNull(table.value(row, "series")), "unit", null, true);
                em.persist(product);
                created.products++;
            }
            products.put(key, product);
            BigDecimal price = SalesHistoryValues.price(table.value(row, "sales_price"), name);
            prices.put(key, price);
            Product priced = product;
            boolean listed = em.createQuery("select count(e) from PriceListEntry e where e.priceList = :list and e.product = :product",
                    Long.class).setParameter("list", list).setParameter("product", priced).getSingleResult() > 0;
            if (!listed) {
                em.persist(new PriceListEntry(list, product, price));
            }
        }
    }

    private Map<String, Long> accounts(SalesHistoryFiles files, Map<String, Long> users, CrmUser importer, Counts created) {
        Table table = files.accounts();
        Map<String, String> ownerOf = busiestAgents(files.pipeline());
        Map<String, Account> accounts = new HashMap<>();
        Set<Account> createdHere = new HashSet<>();
        for (List<String> row : table.rows()) {
            String name = table.value(row, "account");
            if (name.isEmpty() || accounts.containsKey(SalesHistoryNames.key(name))) {
                continue;
            }
            Account account = findAccount(name).orElse(null);
            if (account == null) {
                Long ownerId = users.get(ownerOf.get(SalesHistoryNames.key(name)));
                account = new Account(name, ownerId == null ? importer : em.find(CrmUser.class, ownerId));
                account.describe(SalesHistoryNames.corrected(table.value(row, "sector")), SalesHistoryValues.employees(table.value(row, "employees")),
                        SalesHistoryValues.revenueBand(table.value(row, "revenue")));
                Address address = new Address();
                address.setCountry(SalesHistoryNames.corrected(table.value(row, "office_location")));
                account.reachAt(null, null, address);
                em.persist(account);
                createdHere.add(account);
                created.accounts++;
            }
            accounts.put(SalesHistoryNames.key(name), account);
        }
        for (List<String> row : table.rows()) {
            Account account = accounts.get(SalesHistoryNames.key(table.value(row, "account")));
            Account parent = accounts.get(SalesHistoryNames.key(table.value(row, "subsidiary_of")));
            // an account that was here before keeps its place in the group
            if (account != null && parent != null && createdHere.contains(account) && account.getParent() == null && parent != account) {
                account.belongTo(parent);
            }
        }
        em.flush();
        return accounts.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getId()));
    }

    /** An account belongs to the rep who worked most of its deals (ties: the first name in order). */
    static Map<String, String> busiestAgents(Table pipeline) {
        Map<String, Map<String, Long>> deals = new HashMap<>();
        for (List<String> row : pipeline.rows()) {
            String account = SalesHistoryNames.key(pipeline.value(row, "account"));
            if (!account.isEmpty()) {
                deals.computeIfAbsent(account, a -> new HashMap<>())
                        .merge(SalesHistoryNames.key(pipeline.value(row, "sales_agent")), 1L, Long::sum);
            }
        }
        Map<String, String> busiest = new HashMap<>();
        deals.forEach((account, byAgent) -> busiest.put(account, byAgent.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey()));
        return busiest;
    }

    private Optional<Account> findAccount(String name) {
        return em.createQuery("select a from Account a where a.normalizedName = :name order by a.id", Account.class)
                .setParameter("name", CompanyNames.normalize(name)).setMaxResults(1).getResultStream().findFirst();
    }

    /** Prospecting and Engaging are the first two open stages; Won and Lost the first won and lost stage. */
    private Map<String, Long> stages() {
        List<Stage> active = em.createNamedQuery("Stage.active", Stage.class).getResultList();
        List<Stage> open = active.stream().filter(s -> s.getKind() == StageKind.OPEN).toList();
        Map<String, Long> stages = new HashMap<>();
        if (!open.isEmpty()) {
            stages.put("prospecting", open.get(0).getId());
            stages.put("engaging", open.get(Math.min(1, open.size() - 1)).getId());
        }
        active.stream().filter(s -> s.getKind() == StageKind.WON).findFirst().ifPresent(s -> stages.put("won", s.getId()));
        active.stream().filter(s -> s.getKind() == StageKind.LOST).findFirst().ifPresent(s -> stages.put("lost", s.getId()));
        return stages;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** What the set-up created, for the import's summary. */
    private static final class Counts {
        int users;
        int teams;
        int products;
        int accounts;

        @Override
        public String toString() {
            return users + " users, " + teams + " teams, " + products + " products, " + accounts + " accounts created";
        }
    }
}
