package com.acme.crm.pipeline.control;

import com.acme.crm.account.boundary.BuyingRole;
import com.acme.crm.account.entity.Contact;
import com.acme.crm.pipeline.entity.DealContact;
import com.acme.crm.pipeline.entity.Opportunity;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The contacts of a deal and their buying roles. */
@Dependent
public class DealContacts {

    @PersistenceContext
    EntityManager em;

    public List<DealContact> of(Opportunity deal) {
        if (deal.getId() == null) {
            return List.of();
        }
        return em.createQuery("select dc from DealContact dc join fetch dc.contact where dc.opportunity = :deal"
                + " order by dc.contact.lastName, dc.id", DealContact.class).setParameter("deal", deal).getResultList();
    }

    public BuyingRole roleOf(Opportunity deal, Contact contact) {
        return of(deal).stream().filter(dc -> dc.getContact().equals(contact)).map(DealContact::getRole)
                .filter(r -> r != null).findFirst().orElse(null);
    }

    public boolean anyWithRole(Opportunity deal, BuyingRole... roles) {
        List<BuyingRole> wanted = List.of(roles);
        return of(deal).stream().anyMatch(dc -> wanted.contains(dc.getRole()));
    }
}
