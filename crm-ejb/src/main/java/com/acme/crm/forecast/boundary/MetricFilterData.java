package com.acme.crm.forecast.boundary;

import com.acme.crm.shared.api.InputDate;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the metrics are about: a period [from, to) and any of team, rep, product, lead source,
 * region; amounts in one currency. Without a period: the current calendar year. Without a team
 * or rep: everything the caller may see (a rep: their own deals).
 */
public class MetricFilterData implements Serializable {

    private static final long serialVersionUID = 1L;

    @InputDate
    private LocalDate from;
    @InputDate
    private LocalDate to;
    private Long teamId;
    private Long ownerId;
    private Long productId;
    private String leadSource;
    private String region;
    @com.acme.crm.shared.api.CurrencyCode
    private String currency;

    public MetricFilterData copy() {
        MetricFilterData c = new MetricFilterData();
        c.from = from;
        c.to = to;
        c.teamId = teamId;
        c.ownerId = ownerId;
        c.productId = productId;
        c.leadSource = leadSource;
        c.region = region;
        c.currency = currency;
        return c;
    }

    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public Long getTeamId() { return teamId; }
    public void setTeamId(Long teamId) { this.teamId = teamId; }
    public Long getOwnerId() { return ownerId; }
    public void setOwnerId(Long ownerId) { this.ownerId = ownerId; }
    public Long getProductId() { return productId; }
    public void setProductId(Long productId) { this.productId = productId; }
    public String getLeadSource() { return leadSource; }
    public void setLeadSource(String leadSource) { this.leadSource = leadSource; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
}
