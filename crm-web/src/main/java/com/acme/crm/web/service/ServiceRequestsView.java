package com.acme.crm.web.service;

import com.acme.crm.service.boundary.ServicePriority;
import com.acme.crm.service.boundary.ServiceRequestData;
import com.acme.crm.service.boundary.ServiceRequests;
import com.acme.crm.shared.api.BusinessException;
import com.acme.crm.shared.api.Page;
import com.acme.crm.shared.api.PageQuery;
import com.acme.crm.web.shared.FacesMessages;
import com.acme.crm.web.shared.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * Service requests: the unassigned queue (soonest due first, take one with a click), my
 * requests, all open ones, and breached ones; lazy and paged in the database.
 */
@Named
@ViewScoped
public class ServiceRequestsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject ServiceRequests requests;
    @Inject FacesMessages messages;

    private String view = "queue";
    private ServicePriority priority;
    private String search;

    private final PagedModel<ServiceRequestData> model = new PagedModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<ServiceRequestData> fetch(PageQuery query) {
            return requests.findRequests(query);
        }

        @Override
        protected String search() {
            return search;
        }

        @Override
        protected Map<String, String> filters() {
            Map<String, String> filters = new HashMap<>();
            switch (view) {
                case "queue" -> filters.put("queue", "true");
                case "mine" -> {
                    filters.put("assignee", "me");
                    filters.put("status", "open");
                }
                case "breached" -> filters.put("breached", "true");
                case "open" -> filters.put("status", "open");
                default -> { }
            }
            if (priority != null) {
                filters.put("priority", priority.name());
            }
            return filters;
        }
    };

    public void take(ServiceRequestData request) {
        try {
            ServiceRequestData taken = requests.assign(request.getId(), request.getVersion(), null);
            messages.info("service.taken", taken.getSubject());
        } catch (BusinessException e) {
            messages.refused(e, Map.of());
        }
    }

    public ServicePriority[] getPriorities() { return ServicePriority.values(); }
    public PagedModel<ServiceRequestData> getModel() { return model; }
    public String getView() { return view; }
    public void setView(String view) { this.view = view == null ? "queue" : view; }
    public ServicePriority getPriority() { return priority; }
    public void setPriority(ServicePriority priority) { this.priority = priority; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
}
