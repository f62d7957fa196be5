package com.acme.crm.dataimport.control;

import com.acme.crm.shared.api.Money;
import com.acme.crm.account.entity.Account;
import com.acme.crm.dataimport.control.SalesHistoryFiles.Table;
import com.acme.crm.dataimport.control.SalesHistorySetup.Lookup;
import com.acme.crm.dataimport.entity.ImportJob;
import com.acme.crm.pipeline.boundary.LossReason;
import com.acme.crm.pipeline.entity.Opportunity;
import com.acme.crm.pipeline.entity.Stage;
import com.acme.crm.pipeline.entity.StageMove;
import com.acme.crm.quote.entity.Product;
import com.acme.crm.security.entity.CrmUser;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The deals of a sales history, one transaction per slice. Each deal keeps its dates as stage
 * history (entered its open stage on the engage date, closed on the close date), a won deal's
 * close value is its amount, and a deal already imported (same id in the file) is skipped.
 * Open and lost deals carry no value in the file; they are valued at their product's list
 * price, so that the open pipeline has a value (a lost deal's recorded 0 is not a price).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SalesHistoryDeals {

    public static final String KEY_PREFIX = "sales-history:";

    @PersistenceContext EntityManager em;
    @Inject Clock clock;

    public ImportChunks.Result importDeals(long jobId, Table pipeline, List<List<String>> rows, int firstRowNumber, Lookup lookup) {
        ImportJob job = em.find(ImportJob.class, jobId);
        String by = job.getOwner().getUsername();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Map<String, List<String>> fresh = new LinkedHashMap<>();
        Map<String, Integer> rowNumbers = new LinkedHashMap<>();
        List<List<String>> errors = new ArrayList<>();
        int skipped = 0;
        for (int i = 0; i < rows.size(); i++) {
            String id = pipeline.value(rows.get(i), "opportunity_id");
            if (id.isEmpty()) {
                errors.add(errorLine(firstRowNumber + i, "has no opportunity_id", rows.get(i)));
            } else if (fresh.putIfAbsent(KEY_PREFIX + id, rows.get(i)) != null) {
                skipped++; // the same deal twice in the file
            } else {
                rowNumbers.put(KEY_PREFIX + id, firstRowNumber + i);
            }
        }
        Set<String> existing = fresh.isEmpty() ? Set.of() : new HashSet<>(em.createQuery(
                "select o.importKey from Opportunity o where o.importKey in :keys", String.class)
                .setParameter("keys", new ArrayList<>(fresh.keySet())).getResultList());
        int imported = 0;
        for (Map.Entry<String, List<String>> entry : fresh.entrySet()) {
            if (existing.contains(entry.getKey())) {
                skipped++;
                continue;
            }
            try {
                create(entry.getKey(), pipeline, entry.getValue(), lookup, by, now);
                imported++;
            } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
                errors.add(errorLine(rowNumbers.get(entry.getKey()), e.getMessage(), entry.getValue()));
            }
        }
        job.progress(rows.size(), imported, skipped, errors.size());
        return new ImportChunks.Result(imported, skipped, errors);
    }

    private void create(String key, Table pipeline, List<String> row, Lookup lookup, String by, Instant now) {
        String agent = pipeline.value(row, "sales_agent");
        Long ownerId = lookup.users().get(SalesHistoryNames.key(agent));
        if (ownerId == null) {
            throw new IllegalArgumentException("sales agent '" + agent + "' is not in " + SalesHistoryFiles.TEAMS);
        }
        String productName = pipeline.value(row, "product");
        String productKey = SalesHistoryNames.key(productName);
        Long productId = lookup.products().get(productKey);
        if (productId == null) {
            throw new IllegalArgumentException("product '" + productName + "' is not in " + SalesHistoryFiles.PRODUCTS);
        }
        String dealStage = pipeline.value(row, "deal_stage");
        Long stageId = lookup.stages().get(dealStage.toLowerCase());
        if (stageId == null) {
            throw new IllegalArgumentException("deal stage '" + dealStage + "' is not one of Prospecting, Engaging, Won, Lost");
        }
        Stage stage = em.find(Stage.class, stageId);
        String accountName = pipeline.value(row, "account");
        Long accountId = accountName.isEmpty() ? Long.valueOf(lookup.unknownAccount()) : lookup.accounts().get(SalesHistoryNames.key(accountName));
        if (accountId == null) {
            throw new IllegalArgumentException("account '" + accountName + "' is not in " + SalesHistoryFiles.ACCOUNTS);
        }
        LocalDate engaged = date(pipeline.value(row, "engage_date"));
        LocalDate closed = date(pipeline.value(row, "close_date"));
        if (stage.isClosed() && closed == null) {
            throw new IllegalArgumentException(dealStage + " deal without a close_date");
        }
        if (engaged != null && closed != null && closed.isBefore(engaged)) {
            throw new IllegalArgumentException("closed (" + closed + ") before it was engaged (" + engaged + ")");
        }
        BigDecimal amount = stage.getKind() == com.acme.crm.pipeline.boundary.StageKind.WON
                ? money(pipeline.value(row, "close_value"), dealStage) : lookup.listPrices().get(productKey);

        Account account = em.getReference(Account.class, accountId);
        CrmUser owner = em.getReference(CrmUser.class, ownerId);
        // an open deal waits in its stage; a closed one went through the engaging stage first
        Stage first = stage.isClosed() ? em.find(Stage.class, lookup.stages().get("engaging")) : stage;
        LocalDate asOf = lookup.asOf() == null || lookup.asOf().isAfter(LocalDate.ofInstant(now, java.time.ZoneOffset.UTC))
                ? null : lookup.asOf();
        Instant opened = engaged != null ? startOf(engaged) : closed != null ? startOf(closed) : asOf != null ? startOf(asOf) : now;
        String name = (accountName.isEmpty() ? "" : accountName + " – ") + productName + " (" + key.substring(KEY_PREFIX.length()) + ")";
        Opportunity deal = new Opportunity(name.length() > 200 ? name.substring(0, 200) : name, account, null, owner, null, first, opened);
        deal.importedAs(key, opened);
        deal.originate(null, em.getReference(Product.class, productId));
        deal.estimate(amount, SalesHistorySetup.CURRENCY, closed);
        em.persist(deal);
        StageMove entered = new StageMove(deal, null, first, opened, by, "Imported sales history");
        em.persist(entered);
        if (stage.isClosed()) {
            Instant closedAt = startOf(closed);
            if (stage.getKind() == com.acme.crm.pipeline.boundary.StageKind.LOST) {
                deal.recordLoss(LossReason.OTHER, "Lost before the import; no reason was recorded", null);
            }
            deal.enter(stage, closedAt);
            entered.leave(closedAt);
            em.persist(new StageMove(deal, first, stage, closedAt, by, "Imported sales history"));
        }
    }

    private static LocalDate date(String value) {
        return value.isEmpty() ? null : LocalDate.parse(value);
    }

    private static BigDecimal money(String value, String stage) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException(stage + " deal without a close_value");
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("close_value '" + value + "' is not a number");
        }
        if (!Money.fits(amount, SalesHistorySetup.CURRENCY)) {
            throw new IllegalArgumentException("close_value '" + value + "' has more decimals than " + SalesHistorySetup.CURRENCY + " has");
        }
        return Money.scaled(amount, SalesHistorySetup.CURRENCY);
    }

    /** A day of the file is taken as starting at midnight UTC, the zone the metrics count days in. */
    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static List<String> errorLine(int rowNumber, String reason, List<String> row) {
        List<String> line = new ArrayList<>(List.of(String.valueOf(rowNumber), reason));
        line.addAll(row);
        return line;
    }
}
