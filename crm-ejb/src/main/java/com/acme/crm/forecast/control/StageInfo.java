package com.acme.crm.forecast.control;

import com.acme.crm.pipeline.boundary.StageKind;
import com.acme.crm.pipeline.entity.Stage;

/** What the metrics need to know of a stage: its order, kind and day limit. */
public record StageInfo(long id, String name, int position, StageKind kind, Integer maxDays) {

    public static StageInfo of(Stage stage) {
        return new StageInfo(stage.getId(), stage.getName(), stage.getPosition(), stage.getKind(), stage.getMaxDays());
    }

    public boolean closed() {
        return kind.isClosed();
    }
}
