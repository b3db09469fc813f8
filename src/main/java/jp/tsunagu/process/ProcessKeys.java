package jp.tsunagu.process;

/** Process definition keys of ../shared/CONTRACTS.md; other systems start flows by these. */
public final class ProcessKeys {

    public static final String ADVISER_DISPATCH = "adviser-dispatch";
    public static final String DISCHARGE_TRANSITION = "discharge-transition";
    public static final String EVACUATION_PLAN = "evacuation-plan";
    public static final String REGIONAL_ACTIVITY = "regional-activity";

    private ProcessKeys() {
    }
}
