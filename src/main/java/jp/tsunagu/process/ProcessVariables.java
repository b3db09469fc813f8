package jp.tsunagu.process;

/**
 * Variables every flow shares (../shared/CONTRACTS.md, "Start variables"), declared once with
 * their type, label and limit ({@link Variable}).
 */
public final class ProcessVariables {

    /** The child's home municipality, or the requesting municipality where no child is involved. */
    public static final Variable<String> MUNICIPALITY = Variable.text("municipalityCode", "市町村", 6);
    /** The child's case, CASE-&lt;year&gt;-&lt;seq&gt;. */
    public static final Variable<String> CASE = Variable.text("caseId", "ケース番号", 16);
    /**
     * The region of the flow: derived from {@link #MUNICIPALITY} by the start, or (regional-activity)
     * the region the activity is for.
     */
    public static final Variable<String> REGION_ID = Variable.text("region", "圏域", 32);
    /**
     * The coordinator concerned (user id of a staff member with the coordinator role): named at a
     * dispatch start, the case's coordinator in a plan, the one selected in a discharge.
     */
    public static final Variable<String> COORDINATOR = Variable.userId("coordinatorUserId", "担当コーディネーター");
    /** Who started the flow: set by camunda:initiator on every start event. */
    public static final Variable<String> INITIATOR = Variable.userId("initiator", "開始した方");

    private ProcessVariables() {
    }
}
