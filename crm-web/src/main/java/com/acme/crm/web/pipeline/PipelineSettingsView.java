package com.acme.crm.web.pipeline;

import com.acme.crm.pipeline.boundary.CompetitorData;
import com.acme.crm.pipeline.boundary.CriterionData;
import com.acme.crm.pipeline.boundary.PipelineAdministration;
import com.acme.crm.pipeline.boundary.StageData;
import com.acme.crm.pipeline.boundary.StageKind;
import com.acme.crm.shared.api.BusinessException;
import com.acme.crm.web.shared.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.event.RowEditEvent;

/** Admin: the pipeline's stages (order, probability, kind, days allowed, entry criteria) and the competitor catalogue. */
@Named
@ViewScoped
public class PipelineSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("name", "stages:newName", "maxDays", "stages:newMaxDays");

    @Inject PipelineAdministration administration;
    @Inject FacesMessages messages;

    private ArrayList<StageData> stages;
    private ArrayList<CompetitorData> competitors;
    private ArrayList<CriterionData> criteria;
    private StageData newStage = freshStage();
    private CompetitorData newCompetitor = new CompetitorData();

    public void load() {
        stages = new ArrayList<>(administration.stages());
        competitors = new ArrayList<>(administration.competitors());
        criteria = new ArrayList<>(administration.criteria());
    }

    public void saveStage(RowEditEvent<StageData> event) {
        save(event.getObject());
    }

    public void addStage() {
        if (save(newStage)) {
            newStage = freshStage();
        }
    }

    public void saveCompetitor(RowEditEvent<CompetitorData> event) {
        saveCompetitor(event.getObject());
    }

    public void addCompetitor() {
        if (saveCompetitor(newCompetitor)) {
            newCompetitor = new CompetitorData();
        }
    }

    private boolean save(StageData stage) {
        try {
            administration.saveStage(stage);
            messages.info("stage.saved", stage.getName());
            return true;
        } catch (BusinessException e) {
            messages.refused(e, stage == newStage ? FIELDS : Map.of());
            return false;
        } finally {
            load();
        }
    }

    private boolean saveCompetitor(CompetitorData competitor) {
        try {
            administration.saveCompetitor(competitor);
            messages.info("competitor.saved", competitor.getName());
            return true;
        } catch (BusinessException e) {
            messages.refused(e, Map.of());
            return false;
        } finally {
            load();
        }
    }

    private static StageData freshStage() {
        StageData stage = new StageData();
        stage.setMaxDays(30);
        stage.setPosition(1);
        return stage;
    }

    public String criterionText(String code) {
        return criteria.stream().filter(c -> c.getCode().equals(code)).map(CriterionData::getDescription).findFirst().orElse(code);
    }

    public StageKind[] getKinds() { return StageKind.values(); }
    public List<StageData> getStages() { return stages; }
    public List<CompetitorData> getCompetitors() { return competitors; }
    public List<CriterionData> getCriteria() { return criteria; }
    public StageData getNewStage() { return newStage; }
    public CompetitorData getNewCompetitor() { return newCompetitor; }
}
