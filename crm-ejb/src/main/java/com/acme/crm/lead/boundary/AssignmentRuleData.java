package com.acme.crm.lead.boundary;

import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** An assignment rule: which leads (industry, region; empty means any) go to whom (a user, or a team round-robin). */
public class AssignmentRuleData implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private int position;
    @Size(max = 100) private String industry;
    @Size(max = 100) private String region;
    private Long assigneeId;
    private String assigneeName;
    private Long teamId;
    private String teamName;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public String getIndustry() { return industry; }
    public void setIndustry(String industry) { this.industry = industry; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public Long getAssigneeId() { return assigneeId; }
    public void setAssigneeId(Long assigneeId) { this.assigneeId = assigneeId; }
    public String getAssigneeName() { return assigneeName; }
    public void setAssigneeName(String assigneeName) { this.assigneeName = assigneeName; }
    public Long getTeamId() { return teamId; }
    public void setTeamId(Long teamId) { this.teamId = teamId; }
    public String getTeamName() { return teamName; }
    public void setTeamName(String teamName) { this.teamName = teamName; }
}
