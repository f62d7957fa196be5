package com.acme.crm.pipeline.entity;

import com.acme.crm.pipeline.boundary.StageKind;
import com.acme.crm.shared.entity.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A step of the sales pipeline, configured by an admin: its place, default win probability,
 * whether deals in it are open, won or lost, how long a deal may sit in it, and the entry
 * criteria a deal must meet to enter it (codes of {@code StageCriterion} implementations).
 */
@Entity
@Table(name = "pipeline_stage")
@NamedQuery(name = "Stage.active", query = "select s from Stage s where s.active = true order by s.position, s.id")
@NamedQuery(name = "Stage.all", query = "select s from Stage s order by s.position, s.id")
public class Stage extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "pipeline_stage_seq", sequenceName = "pipeline_stage_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pipeline_stage_seq")
    private Long id;

    @Column(name = "name", nullable = false, length = 60) private String name;
    @Column(name = "position", nullable = false) private int position;
    @Column(name = "probability", nullable = false) private int probability;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private StageKind kind;
    @Column(name = "max_days") private Integer maxDays;
    @Column(name = "active", nullable = false) private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pipeline_stage_criterion", joinColumns = @JoinColumn(name = "stage_id"))
    @Column(name = "criterion")
    private Set<String> criteria = new LinkedHashSet<>();

    protected Stage() {
    }

    public Stage(String name, StageKind kind) {
        this.name = name;
        this.kind = kind;
    }

    public void configure(String newName, int newPosition, int newProbability, StageKind newKind, Integer newMaxDays,
            boolean isActive, Set<String> newCriteria) {
        name = newName;
        position = newPosition;
        probability = newProbability;
        kind = newKind;
        maxDays = newKind.isClosed() ? null : newMaxDays; // closed deals do not age
        active = isActive;
        criteria.clear();
        criteria.addAll(newCriteria);
    }

    public boolean isClosed() {
        return kind.isClosed();
    }

    @Override
    public Long getId() { return id; }
    public String getName() { return name; }
    public int getPosition() { return position; }
    public int getProbability() { return probability; }
    public StageKind getKind() { return kind; }
    public Integer getMaxDays() { return maxDays; }
    public boolean isActive() { return active; }
    public Set<String> getCriteria() { return Set.copyOf(criteria); }
}
