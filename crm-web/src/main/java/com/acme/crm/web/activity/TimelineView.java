package com.acme.crm.web.activity;

import com.acme.crm.activity.boundary.Activities;
import com.acme.crm.activity.boundary.ActivityData;
import com.acme.crm.activity.boundary.ActivityType;
import com.acme.crm.shared.api.BusinessException;
import com.acme.crm.web.shared.FacesMessages;
import jakarta.enterprise.event.Event;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** The activity timeline of the record a page shows, and logging a new activity for it. */
@Named
@ViewScoped
public class TimelineView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject Activities activities;
    @Inject FacesMessages messages;
    @Inject Event<ActivityLogged> logged;

    private String loadedFor;
    private List<ActivityData> loaded = List.of();
    private ActivityData draft = newDraft();

    /** The record's activities, read once per view (and again after logging). */
    public List<ActivityData> of(String recordType, Long id) {
        if (id == null) {
            return List.of();
        }
        String key = recordType + id;
        if (!key.equals(loadedFor)) {
            loaded = activities.timeline(recordType, id);
            loadedFor = key;
        }
        return loaded;
    }

    public void log(String recordType, Long id) {
        switch (recordType) {
            case "lead" -> draft.setLeadId(id);
            case "contact" -> draft.setContactId(id);
            case "opportunity" -> draft.setOpportunityId(id);
            default -> draft.setAccountId(id);
        }
        try {
            activities.log(draft);
            messages.info("activity.logged", draft.getSubject());
            draft = newDraft();
            loadedFor = null;
            logged.fire(new ActivityLogged(recordType, id));
        } catch (BusinessException e) {
            messages.refused(e, Map.of("subject", "timelineForm:subject", "startsAt", "timelineForm:startsAt"));
        }
    }

    private static ActivityData newDraft() {
        ActivityData data = new ActivityData();
        data.setStartsAt(LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES));
        data.setDone(true);
        return data;
    }

    public ActivityType[] getTypes() { return ActivityType.values(); }
    public ActivityData getDraft() { return draft; }
}
