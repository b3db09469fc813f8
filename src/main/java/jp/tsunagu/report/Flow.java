package jp.tsunagu.report;

import jp.tsunagu.process.ProcessKeys;

/** The flows as reports name them; {@link #OTHER} for a record whose flow row is gone. */
public enum Flow {
    DISPATCH(ProcessKeys.ADVISER_DISPATCH, "圏域アドバイザー派遣"),
    DISCHARGE(ProcessKeys.DISCHARGE_TRANSITION, "退院から在宅への移行"),
    EVACUATION_PLAN(ProcessKeys.EVACUATION_PLAN, "災害時個別避難計画"),
    /** The advisers' own work (study groups, meetings); not yet in the dashboard's per-flow figures. */
    REGIONAL(ProcessKeys.REGIONAL_ACTIVITY, "圏域の活動（勉強会・会議など）"),
    /** 随時相談 (advice package): a consultation recorded without a flow; search finds it, no activity record is one. */
    ADVICE(null, "随時相談"),
    OTHER(null, "その他");

    private final String processKey;
    private final String label;

    Flow(String processKey, String label) {
        this.processKey = processKey;
        this.label = label;
    }

    public String processKey() {
        return processKey;
    }

    public String label() {
        return label;
    }

    /** The running flow of a process key, or null for a process that is none of ours. */
    static Flow ofProcessKey(String processKey) {
        for (Flow flow : running()) {
            if (flow.processKey.equals(processKey)) {
                return flow;
            }
        }
        return null;
    }

    /** The three flows that run on the engine, in the order pages list them. */
    static Flow[] running() {
        return new Flow[] {DISPATCH, DISCHARGE, EVACUATION_PLAN};
    }
}
