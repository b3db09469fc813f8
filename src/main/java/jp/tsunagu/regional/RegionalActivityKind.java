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

    RegionalActivityKind(String code, String label, ActivityKind activityKind, int sortOrder) {
        this.code = code;
        this.label = label;
        this.activityKind = activityKind;
        this.sortOrder = sortOrder;
        this.active = true;
    }

    void renamed(String newLabel) {
        this.label = newLabel;
    }

    /** An inactive kind is no longer offered by the plan form; activities of that kind keep it. */
    void activated(boolean newActive) {
        this.active = newActive;
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

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }
}
