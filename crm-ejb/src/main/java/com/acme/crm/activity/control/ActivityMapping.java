package com.acme.crm.activity.control;

import com.acme.crm.activity.boundary.ActivityData;
import com.acme.crm.activity.entity.Activity;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Turns activities into the data the boundary hands out, with a readable "regarding". */
@Dependent
public class ActivityMapping {

    @Inject
    Clock clock;

    public ActivityData toData(Activity activity) {
        ActivityData data = new ActivityData();
        data.setId(activity.getId());
        data.setVersion(activity.getVersion());
        data.setType(activity.getType());
        data.setSubject(activity.getSubject());
        data.setNotes(activity.getNotes());
        data.setStartsAt(activity.getStartsAt());
        data.setDurationMinutes(activity.getDurationMinutes());
        data.setOutcome(activity.getOutcome());
        data.setDone(activity.isDone());
        data.setOverdue(activity.isOverdue(LocalDateTime.now(clock)));
        data.setOwnerId(activity.getOwner().getId());
        data.setOwnerName(activity.getOwner().getDisplayName());
        List<String> regarding = new ArrayList<>();
        if (activity.getLead() != null) {
            data.setLeadId(activity.getLead().getId());
            regarding.add("lead " + name(activity.getLead().getFirstName(), activity.getLead().getLastName()));
        }
        if (activity.getContact() != null) {
            data.setContactId(activity.getContact().getId());
            regarding.add(name(activity.getContact().getFirstName(), activity.getContact().getLastName()));
        }
        if (activity.getAccount() != null) {
            data.setAccountId(activity.getAccount().getId());
            regarding.add(activity.getAccount().getName());
        }
        if (activity.getOpportunity() != null) {
            data.setOpportunityId(activity.getOpportunity().getId());
            regarding.add("deal " + activity.getOpportunity().getName());
        }
        data.setRegarding(String.join(", ", regarding));
        return data;
    }

    private static String name(String first, String last) {
        return first == null ? last : first + " " + last;
    }
}
