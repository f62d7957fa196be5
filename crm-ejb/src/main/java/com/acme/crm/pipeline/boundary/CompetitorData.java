package com.acme.crm.pipeline.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A competitor in the catalogue. */
public class CompetitorData implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private Long version;
    @NotBlank(message = "is required")
    @Size(max = 120, message = "is longer than 120 characters")
    private String name;
    @Size(max = 200, message = "is longer than 200 characters")
    private String website;
    @Size(max = 2000, message = "is longer than 2000 characters")
    private String strengths;
    @Size(max = 2000, message = "is longer than 2000 characters")
    private String weaknesses;
    private boolean active = true;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getStrengths() { return strengths; }
    public void setStrengths(String strengths) { this.strengths = strengths; }
    public String getWeaknesses() { return weaknesses; }
    public void setWeaknesses(String weaknesses) { this.weaknesses = weaknesses; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
