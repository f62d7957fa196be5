package com.acme.crm.duplicate.control;

import com.acme.crm.account.control.AccountMerge;
import com.acme.crm.account.control.ContactMerge;
import com.acme.crm.duplicate.boundary.RecordKind;
import com.acme.crm.lead.control.LeadMerge;
import com.acme.crm.shared.api.InvalidInputException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** The merge rules for each kind of record. */
@Dependent
public class MergeTargets {

    @Inject LeadMerge leads;
    @Inject ContactMerge contacts;
    @Inject AccountMerge accounts;

    public MergeTarget<?> of(RecordKind kind) {
        if (kind == null) {
            throw new InvalidInputException("kind", "say which kind of record: LEAD, CONTACT or ACCOUNT");
        }
        return switch (kind) {
            case LEAD -> leads;
            case CONTACT -> contacts;
            case ACCOUNT -> accounts;
        };
    }
}
