package com.acme.crm.pipeline.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A pipeline stage as an admin configures it. */
public class StageData implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private Long version;
    @NotBlank(message = "is required")
    @Size(max = 60, message = "is longer than 60 characters")
    private String name;
    @Min(value = 1, message = "must be 1 or more")
    private int position;
    @Min(value = 0, message = "must be between 0 and 100")
    @Max(value = 100, message = "must be between 0 and 100")
    private int probability;
    @NotNull(message = "is required: OPEN, WON or LOST")
    private StageKind kind = StageKind.OPEN;
    @Min(value = 1, message = "must be at least 1 day")
    private Integer maxDays;
    private boolean active = true;
    private ArrayList<String> criteria = new ArrayList<>();

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public int getProbability() { return probability; }
    public void setProbability(int probability) { this.probability = probability; }
    public StageKind getKind() { return kind; }
    public void setKind(StageKind kind) { this.kind = kind; }
    public Integer getMaxDays() { return maxDays; }
    public void setMaxDays(Integer maxDays) { this.maxDays = maxDays; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public List<String> getCriteria() { return criteria; }
    public void setCriteria(List<String> criteria) { this.criteria = criteria == null ? new ArrayList<>() : new ArrayList<>(criteria); }
}
