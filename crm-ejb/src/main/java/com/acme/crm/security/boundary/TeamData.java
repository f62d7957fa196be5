package com.acme.crm.security.boundary;

import java.io.Serializable;

/** A team with its manager (who may be unset while the team is formed). */
public final class TeamData implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private String name;
    private Long managerId;
    private String managerName;

    public TeamData() {
    }

    public TeamData(Long id, String name, Long managerId, String managerName) {
        this.id = id;
        this.name = name;
        this.managerId = managerId;
        this.managerName = managerName;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getManagerId() { return managerId; }
    public void setManagerId(Long managerId) { this.managerId = managerId; }
    public String getManagerName() { return managerName; }
    public void setManagerName(String managerName) { this.managerName = managerName; }
}
