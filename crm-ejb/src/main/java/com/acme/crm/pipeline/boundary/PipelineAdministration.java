package com.acme.crm.pipeline.boundary;

import com.acme.crm.pipeline.control.DealMapping;
import com.acme.crm.pipeline.control.StageRules;
import com.acme.crm.pipeline.entity.Competitor;
import com.acme.crm.pipeline.entity.Stage;
import com.acme.crm.security.boundary.Role;
import com.acme.crm.security.control.CurrentCaller;
import com.acme.crm.shared.api.ConcurrentEditException;
import com.acme.crm.shared.api.InvalidInputException;
import com.acme.crm.shared.api.NotFoundException;
import com.acme.crm.shared.control.InputValidation;
import com.acme.crm.shared.control.Inputs;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The pipeline's configuration: stages (name, order, default probability, kind, maximum days,
 * entry criteria) and the competitor catalogue. Everyone selling reads it; admins change it.
 */
@Stateless
@PermitAll
public class PipelineAdministration {

    @PersistenceContext EntityManager em;
    @Inject CurrentCaller caller;
    @Inject InputValidation validation;
    @Inject StageRules rules;

    /** All stages, also those no longer used, in pipeline order. */
    public List<StageData> stages() {
        caller.requireAnyRole(Opportunities.SELLERS);
        return new ArrayList<>(em.createNamedQuery("Stage.all", Stage.class).getResultStream().map(DealMapping::toData).toList());
    }

    public List<CriterionData> criteria() {
        caller.requireAnyRole(Opportunities.SELLERS);
        return new ArrayList<>(rules.available());
    }

    public StageData saveStage(StageData data) {
        caller.requireAnyRole(Role.ADMIN);
        validation.check(data);
        Set<String> criteria = new LinkedHashSet<>(data.getCriteria());
        for (String code : criteria) {
            if (rules.find(code).isEmpty()) {
                throw new InvalidInputException("criteria", "unknown criterion " + code + "; available: "
                        + rules.available().stream().map(CriterionData::getCode).toList());
            }
        }
        if (data.getKind() == StageKind.OPEN && data.getMaxDays() == null) {
            throw new InvalidInputException("maxDays", "an open stage needs a maximum number of days");
        }
        Stage stage;
        if (data.getId() == null) {
            stage = new Stage(data.getName().strip(), data.getKind());
            em.persist(stage);
        } else {
            stage = em.find(Stage.class, data.getId());
            if (stage == null) {
                throw new NotFoundException("Stage", data.getId());
            }
            if (data.getVersion() == null || data.getVersion() != stage.getVersion()) {
                throw new ConcurrentEditException("Stage", stage.getName());
            }
            if (stage.getKind() != data.getKind() && dealsIn(stage) > 0) {
                throw new InvalidInputException("kind", "deals are in " + stage.getName()
                        + ": an open stage cannot become a closed one (or back) while it holds deals");
            }
        }
        requireUniqueName(data.getName().strip(), stage.getId());
        if (!data.isActive() && dealsIn(stage) > 0) {
            throw new InvalidInputException("active", "move the deals out of " + stage.getName() + " before retiring it");
        }
        stage.configure(data.getName().strip(), data.getPosition(), data.getProbability(), data.getKind(), data.getMaxDays(),
                data.isActive(), criteria);
        em.flush();
        requireOpenStage();
        return DealMapping.toData(stage);
    }

    public List<CompetitorData> competitors() {
        caller.requireAnyRole(Opportunities.SELLERS);
        return new ArrayList<>(em.createQuery("select c from Competitor c order by c.name", Competitor.class)
                .getResultStream().map(PipelineAdministration::toData).toList());
    }

    public CompetitorData saveCompetitor(CompetitorData data) {
        caller.requireAnyRole(Role.ADMIN);
        validation.check(data);
        Competitor competitor;
        if (data.getId() == null) {
            competitor = new Competitor(data.getName().strip());
            em.persist(competitor);
        } else {
            competitor = em.find(Competitor.class, data.getId());
            if (competitor == null) {
                throw new NotFoundException("Competitor", data.getId());
            }
            if (data.getVersion() == null || data.getVersion() != competitor.getVersion()) {
                throw new ConcurrentEditException("Competitor", competitor.getName());
            }
        }
        long sameName = em.createQuery("select count(c) from Competitor c where lower(c.name) = :name and c <> :self", Long.class)
                .setParameter("name", data.getName().strip().toLowerCase()).setParameter("self", competitor).getSingleResult();
        if (sameName > 0) {
            throw new InvalidInputException("name", "a competitor with this name exists already");
        }
        competitor.describe(data.getName().strip(), Inputs.blankToNull(data.getWebsite()), Inputs.blankToNull(data.getStrengths()),
                Inputs.blankToNull(data.getWeaknesses()), data.isActive());
        em.flush();
        return toData(competitor);
    }

    static CompetitorData toData(Competitor c) {
        CompetitorData d = new CompetitorData();
        d.setId(c.getId());
        d.setVersion(c.getVersion());
        d.setName(c.getName());
        d.setWebsite(c.getWebsite());
        d.setStrengths(c.getStrengths());
        d.setWeaknesses(c.getWeaknesses());
        d.setActive(c.isActive());
        return d;
    }

    private long dealsIn(Stage stage) {
        if (stage.getId() == null) {
            return 0;
        }
        return em.createQuery("select count(o) from Opportunity o where o.stage = :stage", Long.class)
                .setParameter("stage", stage).getSingleResult();
    }

    private void requireUniqueName(String name, Long self) {
        long same = em.createQuery("select count(s) from Stage s where lower(s.name) = :name and s.id <> :self", Long.class)
                .setParameter("name", name.toLowerCase()).setParameter("self", self == null ? -1L : self).getSingleResult();
        if (same > 0) {
            throw new InvalidInputException("name", "a stage with this name exists already");
        }
    }

    private void requireOpenStage() {
        long open = em.createQuery("select count(s) from Stage s where s.active = true and s.kind = :open", Long.class)
                .setParameter("open", StageKind.OPEN).getSingleResult();
        if (open == 0) {
            throw new InvalidInputException("active", "the pipeline needs at least one open stage");
        }
    }
}
