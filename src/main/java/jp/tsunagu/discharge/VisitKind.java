package jp.tsunagu.discharge;

import jp.tsunagu.activity.ActivityKind;

/** What happened on a visit after discharge, as the seed's 経過 tables name it. */
public enum VisitKind {
    HOME_VISIT("自宅訪問", ActivityKind.ACCOMPANIED_VISIT),
    PROVIDER_VISIT("事業所訪問", ActivityKind.PROVIDER_VISIT),
    SERVICE_START("サービスの利用開始", ActivityKind.ACCOMPANIED_VISIT),
    SERVICE_RESTART("サービスの利用再開", ActivityKind.ACCOMPANIED_VISIT),
    MEETING("関係者との打合せ・情報共有", ActivityKind.MEETING);

    private final String label;
    private final ActivityKind activityKind;

    VisitKind(String label, ActivityKind activityKind) {
        this.label = label;
        this.activityKind = activityKind;
    }

    public String label() {
        return label;
    }

    /** The activity record's kind (the case collection groups by it). */
    public ActivityKind activityKind() {
        return activityKind;
    }
}
