package com.acme.crm.quote.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last invoice number given in a year. Taken under a row lock in the accepting
 * transaction, so numbers are unique and gapless even when two users accept at once: the
 * second waits, and a rolled-back acceptance gives its number back.
 */
@Entity
@Table(name = "invoice_counter")
public class InvoiceCounter {

    @Id
    @Column(name = "invoice_year")
    private Integer year;
    @Column(name = "last_number", nullable = false) private int lastNumber;

    protected InvoiceCounter() {
    }

    public InvoiceCounter(int year) {
        this.year = year;
    }

    public int next() {
        return ++lastNumber;
    }

    public Integer getYear() { return year; }
    public int getLastNumber() { return lastNumber; }
}
