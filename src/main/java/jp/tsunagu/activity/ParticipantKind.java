package jp.tsunagu.activity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 参加者の種別: the kind of organization a participant of an activity comes from (本人・家族, 病院,
 * 圏域アドバイザー …). Data, not an enum: an administrator adds a kind or retires one (inactive
 * kinds stay readable on old records). The code names the form field: {@code participants_HOSPITAL}.
 */
@Entity
@Table(name = "participant_kind")
public class ParticipantKind {

    /** The kind the dashboard counts as "the adviser was there". */
    public static final String ADVISER = "ADVISER";
    /** Where participants go that no other kind fits (and counts the old texts could not split). */
    public static final String OTHER = "OTHER";

    @Id
    private String code;

    private String label;

    private int sortOrder;

    private boolean active;

    protected ParticipantKind() {
    }

    public ParticipantKind(String code, String label, int sortOrder, boolean active) {
        this.code = code;
        this.label = label;
        this.sortOrder = sortOrder;
        this.active = active;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    /** The form field that carries this kind's count. */
    public String field() {
        return ActivityForm.PARTICIPANTS_PREFIX + code;
    }
}
