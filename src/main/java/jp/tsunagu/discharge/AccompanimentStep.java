package jp.tsunagu.discharge;

/** The adviser's answer in UserTask_AfterDischargeVisit: another visit, or the end of going along. */
public enum AccompanimentStep {
    /** Record this visit; the adviser goes along again. */
    CONTINUE,
    /** Record this visit; the coordinator works alone from now on (コーディネーターの自立). */
    END,
    /** Nothing more to record: the visits so far were enough. */
    END_WITHOUT_VISIT
}
