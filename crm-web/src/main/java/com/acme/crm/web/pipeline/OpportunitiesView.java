package com.acme.crm.web.pipeline;

import com.acme.crm.pipeline.boundary.Opportunities;
import com.acme.crm.pipeline.boundary.OpportunityData;
import com.acme.crm.pipeline.boundary.StageData;
import com.acme.crm.security.boundary.TeamData;
import com.acme.crm.security.boundary.Users;
import com.acme.crm.shared.api.Page;
import com.acme.crm.shared.api.PageQuery;
import com.acme.crm.web.shared.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The deal list: lazy and paged in the database, filtered by owner, team, stage, close period, amount, attention. */
@Named
@ViewScoped
public class OpportunitiesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject Opportunities opportunities;
    @Inject Users users;

    private final DealFilterBar filter = new DealFilterBar();
    private String search;
    private Long stageId;
    private BigDecimal amountMin;
    private BigDecimal amountMax;
    private boolean attentionOnly;
    private String status = "open";

    private final PagedModel<OpportunityData> model = new PagedModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<OpportunityData> fetch(PageQuery query) {
            return opportunities.findOpportunities(query);
        }

        @Override
        protected String search() {
            return search;
        }

        @Override
        protected Map<String, String> filters() {
            Map<String, String> filters = filter.filters(LocalDate.now());
            if (stageId != null) {
                filters.put("stage", String.valueOf(stageId));
            }
            if (amountMin != null) {
                filters.put("amountMin", amountMin.toPlainString());
            }
            if (amountMax != null) {
                filters.put("amountMax", amountMax.toPlainString());
            }
            if (attentionOnly) {
                filters.put("attention", "true");
            }
            if (status != null && !status.isEmpty()) {
                filters.put("status", status);
            }
            return filters;
        }
    };

    public List<StageData> getStages() { return opportunities.getStages(); }
    public List<TeamData> getTeams() { return users.teams(); }
    public PagedModel<OpportunityData> getModel() { return model; }
    public DealFilterBar getFilter() { return filter; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public Long getStageId() { return stageId; }
    public void setStageId(Long stageId) { this.stageId = stageId; }
    public BigDecimal getAmountMin() { return amountMin; }
    public void setAmountMin(BigDecimal amountMin) { this.amountMin = amountMin; }
    public BigDecimal getAmountMax() { return amountMax; }
    public void setAmountMax(BigDecimal amountMax) { this.amountMax = amountMax; }
    public boolean isAttentionOnly() { return attentionOnly; }
    public void setAttentionOnly(boolean attentionOnly) { this.attentionOnly = attentionOnly; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
}
