package com.acme.crm.service.entity;

import com.acme.crm.shared.entity.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A day without business hours: SLA clocks do not run on it. */
@Entity
@Table(name = "holiday")
public class Holiday extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "holiday_seq", sequenceName = "holiday_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "holiday_seq")
    private Long id;
    @Column(name = "holiday_date", nullable = false) private LocalDate day;
    @Column(name = "name", nullable = false, length = 100) private String name;

    protected Holiday() {
    }

    public Holiday(LocalDate day, String name) {
        this.day = day;
        this.name = name;
    }

    @Override
    public Long getId() { return id; }
    public LocalDate getDay() { return day; }
    public String getName() { return name; }
}
