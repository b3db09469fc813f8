package jp.tsunagu.organization;

/** The prefecture's coordinator training courses, as the seed names them. */
public enum TrainingCourse {
    /** 医療的ケア児等コーディネーター養成研修: what makes someone a coordinator. */
    BASIC("養成研修"),
    /** 育成研修 (follow-up training for coordinators and advisers). */
    ADVANCED("育成研修");

    private final String label;

    TrainingCourse(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
