package com.acme.crm.security.boundary;

import com.acme.crm.security.entity.CrmUser;
import com.acme.crm.security.entity.Team;
import jakarta.enterprise.context.Dependent;

/** Turns user and team entities into the data the boundary hands out. */
@Dependent
public class UserMapping {

    public UserData toData(CrmUser user) {
        UserData data = new UserData();
        data.setId(user.getId());
        data.setVersion(user.getVersion());
        data.setUsername(user.getUsername());
        data.setDisplayName(user.getDisplayName());
        data.setEmail(user.getEmail());
        data.setRoles(user.getRoles());
        data.setActive(user.isActive());
        if (user.getTeam() != null) {
            data.setTeamId(user.getTeam().getId());
            data.setTeamName(user.getTeam().getName());
        }
        return data;
    }

    public TeamData toData(Team team) {
        CrmUser manager = team.getManager();
        return new TeamData(team.getId(), team.getName(),
                manager == null ? null : manager.getId(), manager == null ? null : manager.getDisplayName());
    }

    public OwnerData toOwner(CrmUser user) {
        return new OwnerData(user.getId(), user.getUsername(), user.getDisplayName(),
                user.getTeam() == null ? null : user.getTeam().getName());
    }
}
