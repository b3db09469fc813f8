package jp.tsunagu.casework;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.tsunagu.organization.Municipality;
import jp.tsunagu.organization.StaffMember;

/**
 * 医療的ケア児のケース: the anchor the three flows and the activity records refer to. It is
 * pseudonymous (a label such as 「Aさん」, never the child's name): the care items are
 * special-care personal information (要配慮個人情報) and the label keeps reports anonymous.
 */
@Entity
@Table(name = "child_case")
public class ChildCase {

    @Id
    private String id;

    private String label;

    private int birthYear;

    private int birthMonth;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "home_municipality")
    private Municipality homeMunicipality;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "child_case_care_item", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "care_item")
    @Enumerated(EnumType.STRING)
    private Set<MedicalCareItem> careItems = EnumSet.noneOf(MedicalCareItem.class);

    private Integer physicianScore;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "coordinator_id")
    private StaffMember coordinator;

    @Enumerated(EnumType.STRING)
    private CaseStatus status;

    private Instant createdAt;

    @Version
    private long version;

    protected ChildCase() {
    }

    ChildCase(String id, String label, YearMonth birth, Municipality homeMunicipality,
            Set<MedicalCareItem> careItems, Integer physicianScore, Instant createdAt) {
        this.id = id;
        this.label = label;
        this.birthYear = birth.getYear();
        this.birthMonth = birth.getMonthValue();
        this.homeMunicipality = homeMunicipality;
        this.careItems = careItems.isEmpty() ? EnumSet.noneOf(MedicalCareItem.class) : EnumSet.copyOf(careItems);
        this.physicianScore = physicianScore;
        this.status = CaseStatus.ACTIVE;
        this.createdAt = createdAt;
    }

    public String getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public YearMonth getBirth() {
        return YearMonth.of(birthYear, birthMonth);
    }

    public Municipality getHomeMunicipality() {
        return homeMunicipality;
    }

    public Set<MedicalCareItem> getCareItems() {
        return Collections.unmodifiableSet(careItems);
    }

    public Integer getPhysicianScore() {
        return physicianScore;
    }

    public StaffMember getCoordinator() {
        return coordinator;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public void assignCoordinator(StaffMember coordinator) {
        this.coordinator = coordinator;
    }

    /** A family's move: routing follows the new home municipality from now on. */
    public void moveTo(Municipality newHome) {
        this.homeMunicipality = newHome;
    }

    public void close() {
        this.status = CaseStatus.CLOSED;
    }
}
