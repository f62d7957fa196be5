package com.acme.crm.web.lead;

import com.acme.crm.lead.boundary.LeadData;
import com.acme.crm.lead.boundary.LeadRating;
import com.acme.crm.lead.boundary.LeadSource;
import com.acme.crm.lead.boundary.LeadStatus;
import com.acme.crm.lead.boundary.Leads;
import com.acme.crm.shared.api.Page;
import com.acme.crm.shared.api.PageQuery;
import com.acme.crm.web.shared.OwnedRecordList;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;

/** "My leads" and the team's: filters by status, rating and source; highest score first. */
@Named
@ViewScoped
public class LeadsView extends OwnedRecordList<LeadData> {

    private static final long serialVersionUID = 1L;

    @Inject
    Leads leads;

    private LeadStatus status;
    private LeadRating rating;
    private LeadSource source;

    @Override
    protected Page<LeadData> fetch(PageQuery query) {
        Map<String, String> filters = new HashMap<>(query.filters());
        put(filters, "status", status);
        put(filters, "rating", rating);
        put(filters, "source", source);
        return leads.findLeads(new PageQuery(query.page(), query.size(), query.sortField(), query.ascending(),
                query.search(), filters));
    }

    private static void put(Map<String, String> filters, String name, Enum<?> value) {
        if (value != null) {
            filters.put(name, value.name());
        }
    }

    public LeadStatus[] getStatuses() { return LeadStatus.values(); }
    public LeadRating[] getRatings() { return LeadRating.values(); }
    public LeadSource[] getSources() { return LeadSource.values(); }
    public LeadStatus getStatus() { return status; }
    public void setStatus(LeadStatus status) { this.status = status; }
    public LeadRating getRating() { return rating; }
    public void setRating(LeadRating rating) { this.rating = rating; }
    public LeadSource getSource() { return source; }
    public void setSource(LeadSource source) { this.source = source; }
}
