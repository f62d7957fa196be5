package com.acme.crm.pipeline.control;

import com.acme.crm.pipeline.entity.Opportunity;
import com.acme.crm.shared.api.FieldError;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;

/** The deal has a primary contact, and we know what part they play in the purchase. */
@Dependent
public class PrimaryContactWithRole implements StageCriterion {

    @Inject
    DealContacts contacts;

    @Override
    public String code() {
        return "PRIMARY_CONTACT_WITH_ROLE";
    }

    @Override
    public String description() {
        return "a primary contact with a buying role";
    }

    @Override
    public List<FieldError> missing(Opportunity deal) {
        if (deal.getPrimaryContact() == null) {
            return List.of(new FieldError("primaryContactId", "there is no primary contact"));
        }
        if (contacts.roleOf(deal, deal.getPrimaryContact()) == null) {
            return List.of(new FieldError("primaryContactId", "the primary contact's buying role in this deal is not set"));
        }
        return List.of();
    }
}
