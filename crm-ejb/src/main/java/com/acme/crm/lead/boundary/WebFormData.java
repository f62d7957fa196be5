package com.acme.crm.lead.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;

/**
 * A web form as admins see and set it up. The key, the revocation and the counts are the
 * CRM's and ignored on input; send {@code version} back on change.
 */
public class WebFormData implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private Long version;
    @NotBlank(message = "is required: a name the admins recognise, e.g. \"Contact us\"")
    @Size(max = 60, message = "has at most 60 characters")
    private String name;
    /** The form's part of its public address, /api/forms/{key}/leads. */
    private String key;
    @NotNull(message = "is required: where the form's leads come from")
    private LeadSource source = LeadSource.WEB;
    @Size(max = 100, message = "has at most 100 characters")
    private String campaign;
    /** Who owns the form's leads (when the assignment rules give no one, if they are asked). */
    @NotNull(message = "is required: who works the form's leads")
    private Long ownerId;
    private String ownerName;
    private boolean ownerActive = true;
    /** The lead's owner comes from the assignment rules first, the form's owner when no rule matches. */
    private boolean assignByRules;
    /** Where a visitor's browser goes after posting the form (303 See Other); none: the answer is 201 with JSON. */
    @Size(max = 500, message = "has at most 500 characters")
    private String redirectUrl;
    private Instant createdAt;
    private Instant revokedAt;
    private long leadsCreated;
    private Instant lastLeadAt;

    public boolean isRevoked() { return revokedAt != null; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public LeadSource getSource() { return source; }
    public void setSource(LeadSource source) { this.source = source; }
    public String getCampaign() { return campaign; }
    public void setCampaign(String campaign) { this.campaign = campaign; }
    public Long getOwnerId() { return ownerId; }
    public void setOwnerId(Long ownerId) { this.ownerId = ownerId; }
    public String getOwnerName() { return ownerName; }
    public void setOwnerName(String ownerName) { this.ownerName = ownerName; }
    public boolean isOwnerActive() { return ownerActive; }
    public void setOwnerActive(boolean ownerActive) { this.ownerActive = ownerActive; }
    public boolean isAssignByRules() { return assignByRules; }
    public void setAssignByRules(boolean assignByRules) { this.assignByRules = assignByRules; }
    public String getRedirectUrl() { return redirectUrl; }
    public void setRedirectUrl(String redirectUrl) { this.redirectUrl = redirectUrl; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getRevokedAt() { return revokedAt; }
    public void setRevokedAt(Instant revokedAt) { this.revokedAt = revokedAt; }
    public long getLeadsCreated() { return leadsCreated; }
    public void setLeadsCreated(long leadsCreated) { this.leadsCreated = leadsCreated; }
    public Instant getLastLeadAt() { return lastLeadAt; }
    public void setLastLeadAt(Instant lastLeadAt) { this.lastLeadAt = lastLeadAt; }
}
