package jp.tsunagu.mail;

/** Why a person gets word of a task; the label heads its part of the mail. */
public enum MailReason {
    ARRIVED("新しく届いたタスク"),
    DUE_TOMORROW("期限が明日のタスク"),
    OVERDUE("期限を過ぎたタスク");

    private final String label;

    MailReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
