package jp.tsunagu.organization;

/** Kept because the seed selects a same-gender coordinator for a near-adult child. */
public enum Gender {
    FEMALE("女性"),
    MALE("男性"),
    UNSPECIFIED("未回答");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
