package com.acme.crm.web.activity;

import com.acme.crm.activity.boundary.Activities;
import com.acme.crm.activity.boundary.ActivityData;
import com.acme.crm.activity.boundary.ActivityType;
import com.acme.crm.lead.boundary.LeadData;
import com.acme.crm.shared.api.BusinessException;
import com.acme.crm.shared.api.Page;
import com.acme.crm.shared.api.PageQuery;
import com.acme.crm.web.shared.FacesMessages;
import com.acme.crm.web.shared.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.primefaces.PrimeFaces;

/** "My open activities" (or only the overdue ones), completing them, and logging one with someone new. */
@Named
@ViewScoped
public class MyActivitiesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject Activities activities;
    @Inject FacesMessages messages;

    private boolean overdueOnly;
    private ActivityData draft;
    private LeadData newLead;

    private final PagedModel<ActivityData> model = new PagedModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<ActivityData> fetch(PageQuery query) {
            return activities.myOpenActivities(query);
        }

        @Override
        protected String search() {
            return null;
        }

        @Override
        protected Map<String, String> filters() {
            return overdueOnly ? Map.of("overdue", "true") : Map.of();
        }
    };

    public void complete(ActivityData activity) {
        try {
            activities.complete(activity.getId(), activity.getVersion(), null);
            messages.info("activity.completed", activity.getSubject());
        } catch (BusinessException e) {
            messages.refused(e, Map.of());
        }
    }

    public void startWithSomeoneNew() {
        draft = new ActivityData();
        draft.setStartsAt(LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES));
        draft.setDone(true);
        newLead = new LeadData();
    }

    public void logWithSomeoneNew() {
        try {
            ActivityData logged = activities.logWithNewLead(draft, newLead);
            messages.info("activity.newLead", logged.getSubject(), newLead.getFullName());
            PrimeFaces.current().executeScript("PF('newPersonDialog').hide()");
        } catch (BusinessException e) {
            messages.refused(e, Map.of("subject", "newPersonForm:subject", "lastName", "newPersonForm:lastName",
                    "email", "newPersonForm:email", "phone", "newPersonForm:phone"));
        }
    }

    public ActivityType[] getTypes() { return ActivityType.values(); }
    public PagedModel<ActivityData> getModel() { return model; }
    public boolean isOverdueOnly() { return overdueOnly; }
    public void setOverdueOnly(boolean overdueOnly) { this.overdueOnly = overdueOnly; }
    public ActivityData getDraft() { return draft; }
    public LeadData getNewLead() { return newLead; }
}
