package jp.tsunagu.discharge;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A service arranged for the child at home, recorded on the case. */
@Entity
@Table(name = "arranged_service")
public class ArrangedService {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String businessKey;
    private String caseId;

    @Enumerated(EnumType.STRING)
    private ServiceKind kind;

    private String provider;
    private LocalDate startDate;
    private boolean providerVisited;
    private String note;
    private String arrangedBy;
    private Instant arrangedAt;

    protected ArrangedService() {
    }

    ArrangedService(String businessKey, String caseId, ServiceKind kind, String provider, LocalDate startDate,
            boolean providerVisited, String note, String arrangedBy, Instant arrangedAt) {
        this.businessKey = businessKey;
        this.caseId = caseId;
        this.kind = kind;
        this.provider = provider;
        this.startDate = startDate;
        this.providerVisited = providerVisited;
        this.note = note;
        this.arrangedBy = arrangedBy;
        this.arrangedAt = arrangedAt;
    }

    public Long getId() {
        return id;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public String getCaseId() {
        return caseId;
    }

    public ServiceKind getKind() {
        return kind;
    }

    public String getProvider() {
        return provider;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public boolean isProviderVisited() {
        return providerVisited;
    }

    public String getNote() {
        return note;
    }

    public String getArrangedBy() {
        return arrangedBy;
    }

    public Instant getArrangedAt() {
        return arrangedAt;
    }
}
