package com.acme.crm.security.boundary;

import com.acme.crm.event.boundary.EventType;
import com.acme.crm.event.control.EventOutbox;
import com.acme.crm.shared.control.Inputs;
import com.acme.crm.security.control.CallerScope;
import com.acme.crm.security.control.CurrentCaller;
import com.acme.crm.security.control.PasswordPolicy;
import com.acme.crm.security.control.UserDirectory;
import com.acme.crm.security.entity.CrmUser;
import com.acme.crm.security.entity.Team;
import com.acme.crm.shared.api.ConcurrentEditException;
import com.acme.crm.shared.api.InvalidInputException;
import com.acme.crm.shared.api.NotFoundException;
import com.acme.crm.shared.api.Page;
import com.acme.crm.shared.api.PageQuery;
import com.acme.crm.shared.control.InputValidation;
import jakarta.json.Json;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;

/**
 * Administration of the people who use the CRM: accounts, roles, teams, passwords,
 * deactivation. Every method checks the caller's role itself (the container only
 * authenticates), so the UI, REST and remote callers obey the same rules.
 */
@Stateless
@LocalBean
@PermitAll
public class Users implements UserService {

    @PersistenceContext
    EntityManager em;

    @Inject
    EventOutbox outbox;

    @Inject
    CurrentCaller caller;

    @Inject
    UserDirectory directory;

    @Inject
    PasswordPolicy passwords;

    @Inject
    InputValidation validation;

    @Inject
    UserMapping mapping;

    @Inject
    com.acme.crm.audit.control.RecordHistory history;

    @Override
    public CallerData me() {
        CallerScope scope = caller.scope();
        CrmUser user = directory.getUser(scope.userId());
        return new CallerData(user.getId(), user.getUsername(), user.getDisplayName(), user.getRoles(),
                user.getTeam() == null ? null : user.getTeam().getName());
    }

    public Page<UserData> list(PageQuery query) {
        caller.requireAnyRole(Role.ADMIN);
        String where = query.search() == null ? ""
                : " where lower(u.username) like :q or lower(u.displayName) like :q";
        var count = em.createQuery("select count(u) from CrmUser u" + where, Long.class);
        var page = em.createQuery("select u from CrmUser u left join fetch u.team" + where
                + " order by u.username", CrmUser.class);
        if (query.search() != null) {
            String q = "%" + query.search().toLowerCase() + "%";
            count.setParameter("q", q);
            page.setParameter("q", q);
        }
        List<UserData> items = page.setFirstResult(query.offset()).setMaxResults(query.size())
                .getResultStream().map(mapping::toData).toList();
        return new Page<>(items, count.getSingleResult(), query.page(), query.size());
    }

    public UserData get(long id) {
        caller.requireAnyRole(Role.ADMIN);
        return mapping.toData(directory.getUser(id));
    }

    public UserData create(UserData data, String password) {
        caller.requireAnyRole(Role.ADMIN);
        validation.check(data);
        if (directory.findByUsername(data.getUsername()).isPresent()) {
            throw new InvalidInputException("username", "is already taken");
        }
        CrmUser user = new CrmUser(data.getUsername(), data.getDisplayName(), passwords.hashChecked(password, data.getUsername()));
        applyEditable(user, data);
        em.persist(user);
        em.flush();
        return mapping.toData(user);
    }

    /** Changes a user; a non-empty new password is set in the same transaction. */
    public UserData update(UserData data, String newPassword) {
        caller.requireAnyRole(Role.ADMIN);
        validation.check(data);
        CrmUser user = directory.getUser(Objects.requireNonNull(data.getId(), "id"));
        if (data.getVersion() == null || data.getVersion() != user.getVersion()) {
            throw new ConcurrentEditException("User", user.getUsername());
        }
        history.before("User", user.getId(), mapping.toData(user));
        applyEditable(user, data);
        if (newPassword != null && !newPassword.isEmpty()) {
            user.changePasswordHash(passwords.hashChecked(newPassword, user.getUsername()));
            history.changed("User", user.getId(), user.getUsername(), "Password", "", "(set anew)");
        }
        if (data.isActive()) {
            user.activate();
        } else {
            deactivate(user);
        }
        em.flush();
        UserData saved = mapping.toData(user);
        history.after("User", user.getId(), user.getUsername(), saved); // role, team and activity changes
        return saved;
    }

    public void resetPassword(long id, String newPassword) {
        caller.requireAnyRole(Role.ADMIN);
        CrmUser user = directory.getUser(id);
        user.changePasswordHash(passwords.hashChecked(newPassword, user.getUsername()));
        history.changed("User", id, user.getUsername(), "Password", "", "(set anew)");
    }

    public UserData setActive(long id, boolean active) {
        caller.requireAnyRole(Role.ADMIN);
        CrmUser user = directory.getUser(id);
        history.before("User", id, mapping.toData(user));
        if (active) {
            user.activate();
        } else {
            deactivate(user);
        }
        em.flush();
        UserData saved = mapping.toData(user);
        history.after("User", id, user.getUsername(), saved);
        return saved;
    }

    @Override
    public List<TeamData> teams() {
        caller.scope();
        return em.createNamedQuery("Team.findAll", Team.class).getResultStream().map(mapping::toData).toList();
    }

    public TeamData saveTeam(TeamData data) {
        caller.requireAnyRole(Role.ADMIN);
        if (data.getName() == null || data.getName().isBlank() || data.getName().length() > Team.NAME_LENGTH) {
            throw new InvalidInputException("name", "give the team a name of at most " + Team.NAME_LENGTH + " characters");
        }
        Team team = data.getId() == null ? new Team(data.getName().strip()) : getTeam(data.getId());
        team.rename(data.getName().strip());
        team.appointManager(data.getManagerId() == null ? null : directory.getUser(data.getManagerId()));
        if (team.getManager() != null && !team.getManager().hasRole(Role.SALES_MANAGER)) {
            throw new InvalidInputException("managerId", "a team's manager must have the role SALES_MANAGER");
        }
        if (data.getId() == null) {
            em.persist(team);
        }
        em.flush();
        return mapping.toData(team);
    }

    /** Active users with a sales role: who can own accounts, contacts and deals. */
    @Override
    public List<OwnerData> owners() {
        caller.scope();
        return em.createQuery("select distinct u from CrmUser u join u.roles r where u.active = true"
                        + " and r in :roles order by u.displayName", CrmUser.class)
                .setParameter("roles", List.of(Role.SALES_REP, Role.SALES_MANAGER, Role.ADMIN))
                .getResultStream().map(mapping::toOwner).toList();
    }

    /** Active support agents: who can be assigned service requests and visits. */
    @Override
    public List<OwnerData> agents() {
        caller.scope();
        return em.createQuery("select distinct u from CrmUser u join u.roles r where u.active = true and r = :agent"
                        + " order by u.displayName", CrmUser.class)
                .setParameter("agent", Role.SUPPORT_AGENT).getResultStream().map(mapping::toOwner).toList();
    }

    private void deactivate(CrmUser user) {
        CallerScope by = caller.scope();
        if (user.getId() == by.userId()) {
            throw new InvalidInputException("active", "you cannot deactivate yourself");
        }
        user.deactivate();
        outbox.publish(EventType.USER_DEACTIVATED, user.getId(), null, Json.createObjectBuilder()
                .add("userId", user.getId()).add("username", user.getUsername()).add("displayName", user.getDisplayName())
                .add("deactivatedBy", by.username()));
    }

    private void applyEditable(CrmUser user, UserData data) {
        user.describe(data.getDisplayName().strip(), Inputs.blankToNull(data.getEmail()));
        user.grantOnly(data.getRoles());
        user.joinTeam(data.getTeamId() == null ? null : getTeam(data.getTeamId()));
    }

    private Team getTeam(long id) {
        Team team = em.find(Team.class, id);
        if (team == null) {
            throw new NotFoundException("Team", id);
        }
        return team;
    }

    @Override
    public Page<UserData> findUsers(PageQuery query) {
        return list(query);
    }

    @Override
    public UserData getUser(long id) {
        return get(id);
    }
}
