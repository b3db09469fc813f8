package jp.tsunagu.dispatch;

/** How a dispatch request ended; written when it closes. */
public enum DispatchOutcome {
    ADVISER_DISPATCHED("圏域アドバイザーを派遣"),
    ANSWERED_BY_CENTER("支援センターが対応"),
    DECLINED("お断り");

    private final String label;

    DispatchOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static DispatchOutcome of(TriageDecision decision) {
        return switch (decision) {
            case ADVISER -> ADVISER_DISPATCHED;
            case CENTER -> ANSWERED_BY_CENTER;
            case DECLINED -> DECLINED;
        };
    }
}
