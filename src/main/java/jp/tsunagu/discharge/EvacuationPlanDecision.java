package jp.tsunagu.discharge;

/** After the follow-up: start the child's evacuation plan now, or say why not. */
public enum EvacuationPlanDecision {
    START, NOT_NOW
}
