package com.acme.crm.web.admin;

import com.acme.crm.account.boundary.Accounts;
import com.acme.crm.security.boundary.OwnerData;
import com.acme.crm.security.boundary.Role;
import com.acme.crm.security.boundary.TeamData;
import com.acme.crm.security.boundary.UserData;
import com.acme.crm.security.boundary.Users;
import com.acme.crm.shared.api.BusinessException;
import com.acme.crm.shared.api.Page;
import com.acme.crm.shared.api.PageQuery;
import com.acme.crm.web.shared.FacesMessages;
import com.acme.crm.web.shared.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/** Admin: users (create, roles, team, password reset, deactivation) and teams. */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("username", "userForm:username",
            "displayName", "userForm:displayName", "email", "userForm:email", "roles", "userForm:roles",
            "password", "userForm:password", "active", "userForm:active", "name", "teamForm:teamName",
            "managerId", "teamForm:manager");

    @Inject Users users;
    @Inject Accounts accounts;
    @Inject FacesMessages messages;

    private String search;
    private UserData selected = new UserData();
    private String password;
    private TeamData team = new TeamData();
    private Long successorId;

    private final PagedModel<UserData> model = new PagedModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<UserData> fetch(PageQuery query) {
            return users.list(query);
        }

        @Override
        protected String search() {
            return search;
        }
    };

    public void newUser() {
        selected = new UserData();
        password = null;
    }

    public void edit(UserData user) {
        selected = users.get(user.getId());
        password = null;
    }

    public void saveUser() {
        try {
            boolean isNew = selected.getId() == null;
            selected = isNew ? users.create(selected, password) : users.update(selected, password);
            password = null;
            messages.info(isNew ? "user.created" : "user.saved", selected.getUsername());
            PrimeFaces.current().executeScript("PF('userDialog').hide()");
        } catch (BusinessException e) {
            messages.refused(e, FIELDS);
        }
    }

    /** Gives every account and contact of the selected user to the chosen successor. */
    public void handOver() {
        try {
            int moved = accounts.handOver(selected.getId(), successorId);
            messages.info("user.handedOver", moved, selected.getUsername());
            successorId = null;
        } catch (BusinessException e) {
            messages.refused(e, Map.of("ownerId", "userForm:successor"));
        }
    }

    public void newTeam() {
        team = new TeamData();
    }

    public void editTeam(TeamData existing) {
        team = new TeamData(existing.getId(), existing.getName(), existing.getManagerId(), existing.getManagerName());
    }

    public void saveTeam() {
        try {
            team = users.saveTeam(team);
            messages.info("team.saved", team.getName());
            PrimeFaces.current().executeScript("PF('teamDialog').hide()");
        } catch (BusinessException e) {
            messages.refused(e, FIELDS);
        }
    }

    public List<TeamData> getTeams() { return users.teams(); }
    public List<OwnerData> getOwners() { return users.owners(); }
    public Role[] getRoles() { return Role.values(); }
    public PagedModel<UserData> getModel() { return model; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public UserData getSelected() { return selected; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public TeamData getTeam() { return team; }
    public Long getSuccessorId() { return successorId; }
    public void setSuccessorId(Long successorId) { this.successorId = successorId; }
}
