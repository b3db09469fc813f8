package jp.tsunagu.advice;

/**
 * Who asked (相談者の所属): the organizations the seed names as calling an adviser "都度".
 * Kept as a short list of its own: the participants' organization kinds of the activity records
 * are another issue's data and may replace it.
 */
public enum AskerKind {
    MUNICIPALITY("市町村"),
    COORDINATOR("コーディネーター"),
    CONSULTATION_OFFICE("相談支援事業所"),
    SERVICE_PROVIDER("障害福祉サービス事業所"),
    HOSPITAL("病院"),
    VISITING_NURSE("訪問看護"),
    HEALTH_CENTER("保健所"),
    SCHOOL("学校・保育所・幼稚園"),
    FAMILY("本人・家族"),
    OTHER("その他");

    private final String label;

    AskerKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
