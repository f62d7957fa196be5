package com.acme.crm.account.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * When an account first became a customer (its earliest won deal), kept on the account so
 * that the retention metric finds new customers without grouping every won deal. Written by
 * SQL after whatever can change it (a deal won or reopened, deals moved by a merge, an import),
 * from the deals themselves, so it cannot drift.
 */
@Dependent
public class CustomerSince {

    public static final String EARLIEST_WIN = "(select min(o.closed_at) from opportunity o join pipeline_stage s on s.id = o.stage_id"
            + " where o.account_id = account.id and s.kind = 'WON')";

    @PersistenceContext
    EntityManager em;

    public void recompute(long accountId) {
        em.flush();
        em.createNativeQuery("update account set first_won_at = " + EARLIEST_WIN + " where id = ?1").setParameter(1, accountId)
                .executeUpdate();
    }

    /** Every account at once, after an import. */
    public void recomputeAll() {
        em.createNativeQuery("update account set first_won_at = " + EARLIEST_WIN).executeUpdate();
    }
}
