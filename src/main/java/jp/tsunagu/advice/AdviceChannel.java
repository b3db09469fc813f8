package jp.tsunagu.advice;

/** How a consultation reached the adviser (随時相談の方法). */
public enum AdviceChannel {
    PHONE("電話"),
    MAIL("メール"),
    VISIT("訪問"),
    OTHER("その他");

    private final String label;

    AdviceChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
