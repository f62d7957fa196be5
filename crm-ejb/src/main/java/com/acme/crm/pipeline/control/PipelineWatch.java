package com.acme.crm.pipeline.control;

import com.acme.crm.notification.boundary.Notifications;
import com.acme.crm.pipeline.boundary.StageKind;
import com.acme.crm.pipeline.entity.Opportunity;
import com.acme.crm.pipeline.entity.Stage;
import com.acme.crm.security.entity.CrmUser;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds open deals that need attention: in their stage longer than the stage allows, or past
 * their expected close date. It flags them (shown on lists, cards and the deal) and notifies
 * the owner and the owner's team manager once per occurrence; flags that no longer hold (a
 * close date moved, a stage limit raised) are cleared. Works page by page, deal by deal (so
 * versions and audit stay right), and never holds a large pipeline in memory.
 */
@Dependent
public class PipelineWatch {

    private static final int PAGE = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifications notifications;

    @Inject
    Clock clock;

    /** @return how many deals were newly flagged */
    public int check() {
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);
        int flagged = 0;
        for (Stage stage : em.createNamedQuery("Stage.all", Stage.class).getResultList()) {
            boolean ages = stage.getKind() == StageKind.OPEN && stage.getMaxDays() != null;
            String name = stage.getName();
            Integer maxDays = stage.getMaxDays();
            if (ages) {
                Instant limit = now.minus(maxDays, ChronoUnit.DAYS);
                flagged += each("o.stage.id = :stage and o.staleSince is null and o.stageEnteredAt < :limit",
                        Map.of("stage", stage.getId(), "limit", limit), o -> {
                            o.markStale(now);
                            tell(o, "STALE:" + o.getId() + ":" + o.getStageEnteredAt().getEpochSecond(),
                                    "\"" + o.getName() + "\" has been in " + name + " for more than " + maxDays + " days");
                        });
                each("o.stage.id = :stage and o.staleSince is not null and o.stageEnteredAt >= :limit",
                        Map.of("stage", stage.getId(), "limit", limit), Opportunity::clearStale);
            } else {
                each("o.stage.id = :stage and o.staleSince is not null", Map.of("stage", stage.getId()), Opportunity::clearStale);
            }
        }
        flagged += each("o.stage.kind = :open and o.pastCloseSince is null and o.expectedCloseDate < :today",
                Map.of("open", StageKind.OPEN, "today", today), o -> {
                    o.markPastClose(today);
                    tell(o, "PAST_CLOSE:" + o.getId() + ":" + o.getExpectedCloseDate(),
                            "\"" + o.getName() + "\" was expected to close on " + o.getExpectedCloseDate() + " and is still open");
                });
        each("o.pastCloseSince is not null and (o.expectedCloseDate is null or o.expectedCloseDate >= :today"
                + " or o.stage.kind <> :open)", Map.of("open", StageKind.OPEN, "today", today), Opportunity::clearPastClose);
        return flagged;
    }

    /** Applies the change to every deal matching the condition, a page at a time; returns how many. */
    private int each(String condition, Map<String, Object> parameters, Consumer<Opportunity> change) {
        int count = 0;
        long after = -1;
        while (true) {
            var query = em.createQuery("select o from Opportunity o where " + condition + " and o.id > :after order by o.id",
                    Opportunity.class).setParameter("after", after).setMaxResults(PAGE);
            parameters.forEach(query::setParameter);
            List<Opportunity> page = query.getResultList();
            if (page.isEmpty()) {
                return count;
            }
            page.forEach(change);
            count += page.size();
            after = page.get(page.size() - 1).getId();
            em.flush();
            em.clear(); // keep the persistence context small on a large pipeline
        }
    }

    private void tell(Opportunity deal, String topic, String message) {
        Set<CrmUser> recipients = new LinkedHashSet<>();
        recipients.add(deal.getOwner());
        if (deal.getOwner().getTeam() != null && deal.getOwner().getTeam().getManager() != null) {
            recipients.add(deal.getOwner().getTeam().getManager());
        }
        recipients.forEach(user -> notifications.notifyOnce(user, topic, message, deal.getId()));
    }
}
