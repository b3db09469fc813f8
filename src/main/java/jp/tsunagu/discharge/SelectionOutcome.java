package jp.tsunagu.discharge;

/** The center's answer in UserTask_SelectCoordinator. */
public enum SelectionOutcome {
    SELECTED,
    /** No coordinator in the area (the seed's 下北): the adviser and the center cover the case. */
    NONE_AVAILABLE
}
