package com.acme.crm.duplicate.entity;

import com.acme.crm.duplicate.boundary.RecordKind;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Records the scan found to be probably the same. Open groups are replaced by every scan;
 * a group a reviewer dismissed ("not duplicates") stays, and its signature (kind and member
 * ids) keeps the same group from being reported again.
 */
@Entity
@Table(name = "duplicate_group")
public class DuplicateGroup {

    public enum Status { OPEN, DISMISSED }

    @Id
    @SequenceGenerator(name = "duplicate_group_seq", sequenceName = "duplicate_group_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "duplicate_group_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_kind", nullable = false, length = 20)
    private RecordKind kind;
    @Column(name = "reason", nullable = false, length = 300) private String reason;
    @Column(name = "signature", nullable = false, length = 1000) private String signature;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private Status status = Status.OPEN;
    @Column(name = "found_at", nullable = false) private Instant foundAt;
    @Column(name = "reviewed_by", length = 80) private String reviewedBy;
    @Column(name = "reviewed_at") private Instant reviewedAt;
    @Version private long version;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "duplicate_group_member", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "record_id")
    @OrderBy
    private List<Long> memberIds = new ArrayList<>();

    protected DuplicateGroup() {
    }

    public DuplicateGroup(RecordKind kind, List<Long> sortedMemberIds, String reason, Instant foundAt) {
        this.kind = kind;
        this.memberIds = new ArrayList<>(sortedMemberIds);
        this.signature = signatureOf(sortedMemberIds);
        this.reason = reason.length() > 300 ? reason.substring(0, 297) + "..." : reason;
        this.foundAt = foundAt;
    }

    public static String signatureOf(List<Long> sortedMemberIds) {
        return sortedMemberIds.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public void dismiss(String by, Instant at) {
        status = Status.DISMISSED;
        reviewedBy = by;
        reviewedAt = at;
    }

    public Long getId() { return id; }
    public RecordKind getKind() { return kind; }
    public String getReason() { return reason; }
    public String getSignature() { return signature; }
    public Status getStatus() { return status; }
    public Instant getFoundAt() { return foundAt; }
    public long getVersion() { return version; }
    public List<Long> getMemberIds() { return memberIds; }
}
