package com.acme.crm.forecast.control;

import com.acme.crm.forecast.boundary.MetricFilterData;
import com.acme.crm.security.boundary.Role;
import com.acme.crm.security.control.CallerScope;
import com.acme.crm.security.entity.CrmUser;
import com.acme.crm.security.entity.Team;
import com.acme.crm.shared.api.AccessDeniedException;
import com.acme.crm.shared.api.InvalidInputException;
import com.acme.crm.shared.api.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Collectors;

/**
 * Which records a metric counts: the filter, within what the caller may see. A rep sees their
 * own numbers and their team's totals; a manager their teams and their reps; an admin all.
 * The conditions read the aliases {@code u} (the record's owner) and {@code t} (the owner's team).
 */
public record MetricScope(MetricFilterData filter, Instant from, Instant to, String label, Long visibleOwner, String visibleTeams) {

    public static MetricScope of(CallerScope caller, MetricFilterData requested, LocalDate today,
            java.util.function.LongFunction<CrmUser> users, java.util.function.LongFunction<Team> teams) {
        MetricFilterData filter = requested == null ? new MetricFilterData() : requested.copy();
        if (filter.getFrom() == null) {
            filter.setFrom(LocalDate.of(today.getYear(), 1, 1));
        }
        if (filter.getTo() == null) {
            filter.setTo(filter.getFrom().plusYears(1));
        }
        if (!filter.getTo().isAfter(filter.getFrom())) {
            throw new InvalidInputException("to", "must be after the start of the period");
        }
        String label = "All teams";
        Long visibleOwner = null;
        String visibleTeams = null;
        if (filter.getOwnerId() != null) {
            CrmUser owner = users.apply(filter.getOwnerId());
            if (owner == null) {
                throw new NotFoundException("User", filter.getOwnerId());
            }
            if (!caller.hasAnyRole(Role.ADMIN) && owner.getId() != caller.userId()
                    && !(caller.hasAnyRole(Role.SALES_MANAGER) && owner.getTeamId() != null && caller.teamIds().contains(owner.getTeamId()))) {
                throw new AccessDeniedException("You can see your own numbers and your team's totals, not this rep's");
            }
            label = owner.getDisplayName();
        } else if (filter.getTeamId() != null) {
            Team team = teams.apply(filter.getTeamId());
            if (team == null) {
                throw new NotFoundException("Team", filter.getTeamId());
            }
            if (!caller.hasAnyRole(Role.ADMIN) && !caller.teamIds().contains(team.getId())) {
                throw new AccessDeniedException("This team is not yours: you see your own team's numbers");
            }
            label = "Team " + team.getName();
        } else if (!caller.hasAnyRole(Role.ADMIN)) {
            if (caller.hasAnyRole(Role.SALES_MANAGER) && !caller.teamIds().isEmpty()) {
                visibleOwner = caller.userId();
                visibleTeams = caller.teamIds().stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
                label = "Your teams";
            } else {
                filter.setOwnerId(caller.userId());
                label = "Your numbers";
            }
        }
        return new MetricScope(filter, start(filter.getFrom()), start(filter.getTo()), label, visibleOwner, visibleTeams);
    }

    /** Everything in a period, for the system's own work (the weekly snapshot, actual results). */
    public static MetricScope everything(LocalDate from, LocalDate to) {
        MetricFilterData filter = new MetricFilterData();
        filter.setFrom(from);
        filter.setTo(to);
        return new MetricScope(filter, start(from), start(to), "All teams", null, null);
    }

    /** Whether the conditions read the owner's team ({@code u}, {@code t}): only then are they joined. */
    public boolean needsOwner() {
        return filter.getTeamId() != null || visibleTeams != null || filter.getRegion() != null && !filter.getRegion().isBlank();
    }

    /** Whether any condition reads the deal: a query over stage moves joins it only then. */
    public boolean needsDeal() {
        return needsOwner() || filter.getOwnerId() != null || filter.getProductId() != null
                || filter.getLeadSource() != null && !filter.getLeadSource().isBlank();
    }

    /** " join crm_user u ... left join team t ..." for a record owned by {@code ownerColumn}, when the conditions need them. */
    public String ownerJoin(String ownerColumn) {
        return needsOwner() ? " join crm_user u on u.id = " + ownerColumn + " left join team t on t.id = u.team_id" : "";
    }

    /** The filter's conditions on a record owned by {@code ownerColumn}, with owner {@code u} and team {@code t} joined. */
    public Sql restrict(Sql sql, String ownerColumn) {
        if (filter.getOwnerId() != null) {
            sql.and(ownerColumn + " = ?", filter.getOwnerId());
        }
        if (filter.getTeamId() != null) {
            sql.and("u.team_id = ?", filter.getTeamId());
        }
        if (visibleTeams != null) {
            // ids of the caller's own teams, from the database: safe to write into the text
            sql.and(ownerColumn + " = ? or u.team_id in (" + visibleTeams + ")", visibleOwner);
        }
        if (filter.getRegion() != null && !filter.getRegion().isBlank()) {
            sql.and("t.region = ?", filter.getRegion());
        }
        return sql;
    }

    /** The deal conditions: owner/team/region and product and lead source ({@code o} is the deal). */
    public Sql deals(Sql sql) {
        restrict(sql, "o.owner_id");
        if (filter.getProductId() != null) {
            sql.and("o.product_id = ?", filter.getProductId());
        }
        if (filter.getLeadSource() != null && !filter.getLeadSource().isBlank()) {
            sql.and("o.lead_source = ?", filter.getLeadSource());
        }
        return sql;
    }

    public static Instant start(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
