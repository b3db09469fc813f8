package jp.tsunagu.advice;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.tsunagu.casework.ChildCase;
import jp.tsunagu.organization.Municipality;
import jp.tsunagu.organization.Region;

/**
 * 随時相談: one consultation an adviser or the center answered outside any flow (by phone, mail,
 * a visit). Its region and municipality decide who reads it ({@link AdviceAccess}).
 */
@Entity
@Table(name = "adhoc_advice")
public class AdhocAdvice {

    @Id
    private String businessKey;

    private LocalDate adviceDate;

    @Enumerated(EnumType.STRING)
    private AdviceChannel channel;

    @Enumerated(EnumType.STRING)
    private AskerKind askerKind;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "municipality_code")
    private Municipality municipality;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "region_id")
    private Region region;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "case_id")
    private ChildCase childCase;

    private Integer minutes;

    private String gist;

    private String recordedBy;

    private Instant recordedAt;

    @Version
    private long version;

    protected AdhocAdvice() {
    }

    AdhocAdvice(String businessKey, NewAdvice advice, Municipality municipality, ChildCase childCase, String recordedBy,
            Instant recordedAt) {
        this.businessKey = businessKey;
        this.adviceDate = advice.date();
        this.channel = advice.channel();
        this.askerKind = advice.askerKind();
        this.municipality = municipality;
        this.region = municipality.getRegion();
        this.childCase = childCase;
        this.minutes = advice.minutes();
        this.gist = advice.gist();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public LocalDate getAdviceDate() {
        return adviceDate;
    }

    public AdviceChannel getChannel() {
        return channel;
    }

    public AskerKind getAskerKind() {
        return askerKind;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    /** The municipality's region when the consultation was recorded. */
    public Region getRegion() {
        return region;
    }

    /** The child's case the consultation was about, if any. */
    public ChildCase getChildCase() {
        return childCase;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public String getGist() {
        return gist;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
