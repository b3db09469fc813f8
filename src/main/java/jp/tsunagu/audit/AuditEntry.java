package jp.tsunagu.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the audit log: who did or read what, when, about which child's case. Never changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant at;

    @Column(name = "user_id")
    private String userId;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    @Column(name = "case_id")
    private String caseId;

    /** The business key (DSP-…, EVP-…) or page the entry is about. */
    private String subject;

    private String detail;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, String userId, AuditAction action, String caseId, String subject, String detail) {
        this.at = at;
        this.userId = userId;
        this.action = action;
        this.caseId = caseId;
        this.subject = subject;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getUserId() {
        return userId;
    }

    /** Written while nobody was logged in: a timer or a job ({@link AuditLog#SYSTEM}), not a person. */
    public boolean isBySystem() {
        return AuditLog.SYSTEM.equals(userId);
    }

    public AuditAction getAction() {
        return action;
    }

    public String getCaseId() {
        return caseId;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }
}
