package jp.tsunagu.regional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.tsunagu.activity.ActivityKind;

/**
 * A kind of regional activity (勉強会, コーディネーター会議 ...): data an administrator extends in
 * the table regional_activity_kind. Its meetings' activity records carry {@link #getActivityKind()}.
 */
@Entity
@Table(name = "regional_activity_kind")
public class RegionalActivityKind {

    @Id
    private String code;

    private String label;

    @Enumerated(EnumType.STRING)
    private ActivityKind activityKind;

    private int sortOrder;

    private boolean active;

    protected RegionalActivityKind() {
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public ActivityKind getActivityKind() {
        return activityKind;
    }

    public boolean isActive() {
        return active;
    }
}
