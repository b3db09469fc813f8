package jp.tsunagu.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One row of table activity_participant: a kind that took part in a record, and how many. */
@Embeddable
public class ActivityParticipant {

    @Column(name = "kind_code")
    private String kindCode;

    @Column(name = "participant_count")
    private int count;

    protected ActivityParticipant() {
    }

    ActivityParticipant(ParticipantCount participants) {
        this.kindCode = participants.kindCode();
        this.count = participants.count();
    }

    public ParticipantCount toCount() {
        return new ParticipantCount(kindCode, count);
    }
}
