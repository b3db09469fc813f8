package jp.tsunagu.dispatch;

/** 依頼の種類 (requestKind of ../shared/CONTRACTS.md). */
public enum RequestKind {
    ACCOMPANY("伴走支援"),
    MUNICIPAL_COORDINATOR("市町村コーディネーター配置"),
    CASE_MEETING("ケース会議"),
    STUDY_GROUP("勉強会・研修"),
    EVACUATION_PLAN("個別避難計画"),
    DISCHARGE("退院・在宅移行"),
    OTHER("その他");

    private final String label;

    RequestKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
