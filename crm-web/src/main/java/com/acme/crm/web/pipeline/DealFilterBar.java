package com.acme.crm.web.pipeline;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.Map;

/**
 * The filters the board and the deal list share: whose deals (mine, a team's, everyone
 * visible), and a close period (this month, this quarter, next quarter, or dates).
 */
public class DealFilterBar implements Serializable {

    private static final long serialVersionUID = 1L;

    private String owner = "";
    private Long teamId;
    private String period = "";
    private LocalDate closeFrom;
    private LocalDate closeTo;

    public Map<String, String> filters(LocalDate today) {
        Map<String, String> filters = new HashMap<>();
        if ("me".equals(owner)) {
            filters.put("owner", "me");
        }
        if (teamId != null) {
            filters.put("team", String.valueOf(teamId));
        }
        LocalDate from = closeFrom;
        LocalDate to = closeTo;
        switch (period) {
            case "month" -> {
                from = today.withDayOfMonth(1);
                to = from.plusMonths(1).minusDays(1);
            }
            case "quarter" -> {
                from = quarterStart(today);
                to = from.plusMonths(3).minusDays(1);
            }
            case "nextQuarter" -> {
                from = quarterStart(today).plusMonths(3);
                to = from.plusMonths(3).minusDays(1);
            }
            default -> { }
        }
        if (from != null) {
            filters.put("closeFrom", from.toString());
        }
        if (to != null) {
            filters.put("closeTo", to.toString());
        }
        return filters;
    }

    static LocalDate quarterStart(LocalDate day) {
        int quarter = day.get(IsoFields.QUARTER_OF_YEAR);
        return LocalDate.of(day.getYear(), (quarter - 1) * 3 + 1, 1);
    }

    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner == null ? "" : owner; }
    public Long getTeamId() { return teamId; }
    public void setTeamId(Long teamId) { this.teamId = teamId; }
    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period == null ? "" : period; }
    public LocalDate getCloseFrom() { return closeFrom; }
    public void setCloseFrom(LocalDate closeFrom) { this.closeFrom = closeFrom; }
    public LocalDate getCloseTo() { return closeTo; }
    public void setCloseTo(LocalDate closeTo) { this.closeTo = closeTo; }
}
