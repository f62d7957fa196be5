package com.acme.crm.service.entity;

import com.acme.crm.service.boundary.ServicePriority;
import com.acme.crm.shared.entity.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The first-response and resolution targets of one priority, in business minutes. */
@Entity
@Table(name = "sla_target")
public class SlaTarget extends AuditedEntity {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "priority", length = 10)
    private ServicePriority priority;
    @Column(name = "first_response_minutes", nullable = false) private int firstResponseMinutes;
    @Column(name = "resolution_minutes", nullable = false) private int resolutionMinutes;

    protected SlaTarget() {
    }

    public void change(int responseMinutes, int resolveMinutes) {
        firstResponseMinutes = responseMinutes;
        resolutionMinutes = resolveMinutes;
    }

    @Override
    public Long getId() { return (long) priority.ordinal(); }
    public ServicePriority getPriority() { return priority; }
    public int getFirstResponseMinutes() { return firstResponseMinutes; }
    public int getResolutionMinutes() { return resolutionMinutes; }
}
