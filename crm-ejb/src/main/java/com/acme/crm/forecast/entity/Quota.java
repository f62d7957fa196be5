package com.acme.crm.forecast.entity;

import com.acme.crm.shared.api.Money;
import com.acme.crm.security.entity.CrmUser;
import com.acme.crm.shared.entity.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What a rep should win in a calendar month, set by their manager; a quarter's quota is the sum of its months. */
@Entity
@Table(name = "quota")
public class Quota extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "quota_seq", sequenceName = "quota_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quota_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id", nullable = false)
    private CrmUser rep;
    @Column(name = "month_start", nullable = false) private LocalDate monthStart;
    @Column(name = "amount", nullable = false, precision = 18, scale = 3) private BigDecimal amount;
    @Column(name = "currency", nullable = false, length = 3) private String currency;

    protected Quota() {
    }

    public Quota(CrmUser rep, LocalDate monthStart) {
        this.rep = rep;
        this.monthStart = monthStart.withDayOfMonth(1);
    }

    public void set(BigDecimal newAmount, String newCurrency) {
        amount = newAmount;
        currency = newCurrency;
    }

    @Override
    public Long getId() { return id; }
    public CrmUser getRep() { return rep; }
    public LocalDate getMonthStart() { return monthStart; }
    public BigDecimal getAmount() { return Money.scaled(amount, currency); }
    public String getCurrency() { return currency; }
}
