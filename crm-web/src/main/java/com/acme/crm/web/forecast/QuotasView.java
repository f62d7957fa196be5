package com.acme.crm.web.forecast;

import com.acme.crm.forecast.boundary.Quotas;
import com.acme.crm.forecast.boundary.MetricOptionsData;
import com.acme.crm.forecast.boundary.Metrics;
import com.acme.crm.forecast.boundary.OptionData;
import com.acme.crm.forecast.boundary.QuotaData;
import com.acme.crm.shared.api.BusinessException;
import com.acme.crm.web.shared.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Managers set a year of monthly quotas for their reps in one grid (admins for anyone); reps see theirs. */
@Named
@ViewScoped
public class QuotasView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One rep's twelve months. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long repId;
        private final String repName;
        private final List<BigDecimal> amounts = new ArrayList<>(Arrays.asList(new BigDecimal[12]));

        Row(long repId, String repName) {
            this.repId = repId;
            this.repName = repName;
        }

        public long getRepId() { return repId; }
        public String getRepName() { return repName; }
        public List<BigDecimal> getAmounts() { return amounts; }
    }

    @Inject Quotas quotaBook;
    @Inject Metrics metrics;
    @Inject FacesMessages messages;

    private int year = LocalDate.now().getYear();
    private Long teamId;
    private String currency;
    private MetricOptionsData options;
    private List<Row> rows = new ArrayList<>();

    @PostConstruct
    void load() {
        options = metrics.options();
        currency = options.getCurrencies().isEmpty() ? "EUR" : options.getCurrencies().get(0);
        refresh();
    }

    public void refresh() {
        try {
            List<QuotaData> quotas = quotaBook.quotas(year, teamId);
            rows = new ArrayList<>();
            for (OptionData rep : options.getReps()) {
                rows.add(new Row(Long.parseLong(rep.getValue()), rep.getLabel()));
            }
            for (QuotaData q : quotas) {
                rows.stream().filter(r -> r.getRepId() == q.getRepId()).findFirst()
                        .ifPresent(r -> r.getAmounts().set(q.getMonth().getMonthValue() - 1, q.getAmount()));
                currency = q.getCurrency();
            }
            if (teamId != null) {
                List<Long> inTeam = quotaBook.quotaReps(teamId);
                rows.removeIf(r -> !inTeam.contains(r.getRepId()));
            }
        } catch (BusinessException e) {
            messages.refused(e, Map.of());
        }
    }

    public void save() {
        List<QuotaData> changes = new ArrayList<>();
        for (Row row : rows) {
            for (int m = 0; m < 12; m++) {
                QuotaData q = new QuotaData();
                q.setRepId(row.getRepId());
                q.setMonth(LocalDate.of(year, m + 1, 1));
                q.setAmount(row.getAmounts().get(m));
                q.setCurrency(currency);
                changes.add(q);
            }
        }
        try {
            quotaBook.saveQuotas(changes);
            messages.info("quotas.saved");
            refresh();
        } catch (BusinessException e) {
            messages.refused(e, Map.of());
        }
    }

    public List<Integer> getMonths() {
        return List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    }

    public String monthName(int index) {
        return Month.of(index + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public Long getTeamId() { return teamId; }
    public void setTeamId(Long teamId) { this.teamId = teamId; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public MetricOptionsData getOptions() { return options; }
    public List<Row> getRows() { return rows; }
}
