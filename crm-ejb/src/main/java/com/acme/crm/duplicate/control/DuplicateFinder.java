package com.acme.crm.duplicate.control;

import com.acme.crm.duplicate.boundary.RecordKind;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds likely duplicate groups among existing records with the same rules as the warnings
 * shown on entry (normalised e-mail, normalised phone, same person at the same company; for
 * accounts the normalised name or web domain). The database does the matching with GROUP BY
 * over indexed normal forms; only matching ids come back.
 */
@Dependent
public class DuplicateFinder {

    /**
     * More records than this sharing one value are not a duplicate group but a placeholder
     * ("n/a", a switchboard number, a shared info@ address): reported groups must be reviewable.
     */
    static final int MAX_GROUP = 20;

    /** One matching rule: the key expression, which rows take part, and how the match is explained. */
    record Rule(String key, String rows, String reason) {
    }

    private static final Map<RecordKind, String> TABLES = Map.of(
            RecordKind.LEAD, "sales_lead", RecordKind.CONTACT, "contact", RecordKind.ACCOUNT, "account");

    private static final Map<RecordKind, List<Rule>> RULES = Map.of(
            RecordKind.LEAD, List.of(
                    // converted leads are history: what they became is checked as contacts and accounts
                    new Rule("email_norm", "status <> 'CONVERTED' and email_norm <> ''", "same e-mail"),
                    new Rule("phone_norm", "status <> 'CONVERTED' and phone_norm <> ''", "same phone"),
                    new Rule("company_norm || '|' || person_norm", "status <> 'CONVERTED' and company_norm <> ''",
                            "same name at the same company")),
            RecordKind.CONTACT, List.of(
                    new Rule("lower(email)", "email <> ''", "same e-mail"),
                    new Rule("phone_norm", "phone_norm <> ''", "same phone"),
                    new Rule("cast(account_id as varchar(20)) || '|' || person_norm", "account_id is not null",
                            "same name at the same account")),
            RecordKind.ACCOUNT, List.of(
                    new Rule("normalized_name", "normalized_name <> ''", "same company name"),
                    new Rule("web_domain", "web_domain <> ''", "same web domain")));

    @PersistenceContext
    EntityManager em;

    public List<DuplicateGroups.Group> find(RecordKind kind) {
        DuplicateGroups groups = new DuplicateGroups();
        String table = TABLES.get(kind);
        for (Rule rule : RULES.get(kind)) {
            String sql = "select " + rule.key() + " as k, id from " + table + " where " + rule.rows() + " and " + rule.key()
                    + " in (select " + rule.key() + " from " + table + " where " + rule.rows() + " and " + rule.key()
                    + " is not null group by " + rule.key() + " having count(*) between 2 and " + MAX_GROUP + ") order by k, id";
            String currentKey = null;
            List<Long> sameKey = new ArrayList<>();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(sql).getResultList();
            for (Object[] row : rows) {
                String key = (String) row[0];
                if (!key.equals(currentKey)) {
                    groups.sameFor(sameKey, rule.reason());
                    sameKey = new ArrayList<>();
                    currentKey = key;
                }
                sameKey.add(((Number) row[1]).longValue());
            }
            groups.sameFor(sameKey, rule.reason());
        }
        return groups.groups().stream().filter(g -> g.sortedIds().size() <= MAX_GROUP).toList();
    }
}
