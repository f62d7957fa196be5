package com.acme.crm.lead.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One post to a web form, kept for a day so that the rate limit counts in the database (the
 * same on every instance). The sender is a keyed hash of the address, not the address itself:
 * enough to count, nothing to leak.
 */
@Entity
@Table(name = "web_form_submission")
public class WebFormSubmission {

    @Id
    @SequenceGenerator(name = "web_form_submission_seq", sequenceName = "web_form_submission_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "web_form_submission_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "web_form_id", nullable = false) private WebForm form;
    @Column(name = "submitted_at", nullable = false) private Instant submittedAt;
    @Column(name = "sender", nullable = false, length = 64) private String sender;

    protected WebFormSubmission() {
    }

    public WebFormSubmission(WebForm form, Instant submittedAt, String sender) {
        this.form = form;
        this.submittedAt = submittedAt;
        this.sender = sender;
    }

    public Long getId() { return id; }
}
