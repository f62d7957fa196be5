package com.acme.crm.web.forecast;

import com.acme.crm.forecast.boundary.MetricsData;
import com.acme.crm.forecast.boundary.PeriodValueData;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * A Chart.js configuration for PrimeFaces' {@code p:chart}: labels and one or more data series.
 * Bars and lines only, in the CRM's colours; the numbers are the figures the table beside the
 * chart shows.
 */
public final class ChartJson {

    private static final String[] COLOURS = {"#2563eb", "#93c5fd", "#16a34a", "#f59e0b", "#dc2626", "#7c3aed"};

    private final String type;
    private final JsonArrayBuilder labels = Json.createArrayBuilder();
    private final JsonArrayBuilder datasets = Json.createArrayBuilder();
    private int series;
    private boolean percent;
    private boolean stacked;

    private ChartJson(String type) {
        this.type = type;
    }

    public static ChartJson bar() {
        return new ChartJson("bar");
    }

    /** The open pipeline and its weighted amount per stage: the rep's home and the dashboard show the same chart. */
    public static String pipelineByStage(MetricsData figures) {
        List<PeriodValueData> stages = figures.getPipelineByStage();
        return bar().labels(stages, PeriodValueData::getPeriod)
                .series("Pipeline", stages, PeriodValueData::getAmount).series("Weighted", stages, PeriodValueData::getWeighted).json();
    }

    public static ChartJson line() {
        return new ChartJson("line");
    }

    public <T> ChartJson labels(List<T> rows, Function<T, String> label) {
        rows.forEach(row -> labels.add(label.apply(row)));
        return this;
    }

    public <T> ChartJson series(String name, List<T> rows, Function<T, ? extends Number> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (T row : rows) {
            Number n = value.apply(row);
            if (n == null) {
                data.addNull();
            } else if (n instanceof BigDecimal d) {
                data.add(d);
            } else {
                data.add(n.longValue());
            }
        }
        String colour = COLOURS[series++ % COLOURS.length];
        datasets.add(Json.createObjectBuilder().add("label", name).add("data", data).add("backgroundColor", colour)
                .add("borderColor", colour).add("fill", false).add("tension", 0.2));
        return this;
    }

    /** The y axis shows percentages from 0 to 100. */
    public ChartJson percent() {
        percent = true;
        return this;
    }

    public ChartJson stacked() {
        stacked = true;
        return this;
    }

    public String json() {
        JsonObjectBuilder y = Json.createObjectBuilder().add("beginAtZero", true);
        if (percent) {
            y.add("max", 100);
        }
        JsonObjectBuilder x = Json.createObjectBuilder();
        if (stacked) {
            y.add("stacked", true);
            x.add("stacked", true);
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true).add("maintainAspectRatio", false).add("animation", false)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom")))
                .add("scales", Json.createObjectBuilder().add("y", y).add("x", x));
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
    }
}
