package jp.tsunagu.process;

/** Variables every flow shares (../shared/CONTRACTS.md, "Start variables"). */
public final class ProcessVariables {

    /** The child's home municipality, or the requesting municipality where no child is involved. */
    public static final String MUNICIPALITY_CODE = "municipalityCode";
    /** The child's case, CASE-&lt;year&gt;-&lt;seq&gt;. */
    public static final String CASE_ID = "caseId";
    /** The region derived from {@link #MUNICIPALITY_CODE} by routing. */
    public static final String REGION = "region";
    /**
     * The coordinator concerned (user id of a staff member with the coordinator role): named at a
     * dispatch start, the case's coordinator in a plan, the one selected in a discharge.
     */
    public static final String COORDINATOR_USER_ID = "coordinatorUserId";

    private ProcessVariables() {
    }
}
