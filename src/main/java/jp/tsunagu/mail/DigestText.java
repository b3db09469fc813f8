package jp.tsunagu.mail;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import jp.tsunagu.common.JapaneseDates;
import jp.tsunagu.mail.MailOutbox.Notice;
import jp.tsunagu.process.EngineTime;

/**
 * The words of one digest, in Japanese: per reason, each task's step, number (business key),
 * flow and due date, with its link to Tasklist. Built from {@link TaskFacts} alone, so it cannot
 * say anything of the child or of what anyone typed: special-care information (要配慮個人情報)
 * never leaves by mail, people read it in Tasklist after logging in.
 */
final class DigestText {

    /** Tasklist opens a task from this path followed by the task's id. */
    static final String TASKLIST_TASK = "/camunda/app/tasklist/default/#/?task=";
    static final String SETTINGS = "/settings/mail";
    private static final String WEEKDAYS = "月火水木金土日";

    private DigestText() {
    }

    static String subject(List<Notice> notices) {
        return "【つなぐ】タスクのお知らせ（" + notices.size() + "件）";
    }

    static String body(List<Notice> notices, String baseUrl) {
        StringBuilder text = new StringBuilder("つなぐからのお知らせです。\n");
        for (MailReason reason : MailReason.values()) {
            List<Notice> part = notices.stream().filter(notice -> notice.reason() == reason).toList();
            if (part.isEmpty()) {
                continue;
            }
            text.append("\n■ ").append(reason.label()).append("（").append(part.size()).append("件）\n");
            for (Notice notice : part) {
                TaskFacts task = notice.task();
                text.append("・").append(task.stepName());
                if (task.businessKey() != null) {
                    text.append("　番号 ").append(task.businessKey());
                }
                text.append('\n');
                if (task.flowName() != null) {
                    text.append("　業務: ").append(task.flowName()).append('\n');
                }
                if (task.dueAt() != null) {
                    text.append("　期限: ").append(dateAndTime(task.dueAt())).append('\n');
                }
                text.append("　").append(baseUrl).append(TASKLIST_TASK).append(task.taskId()).append('\n');
            }
        }
        text.append("\n内容はタスクリストにログインして確認してください。\n")
                .append("このメールには、お子さんの情報や入力された内容は書かれていません。\n")
                .append("お知らせは1時間に1通までにまとめて送ります。\n")
                .append("メールの受け取りは次のページで止められます: ").append(baseUrl).append(SETTINGS).append('\n')
                .append("\n（このメールは送信専用です。返信はできません。）\n");
        return text.toString();
    }

    /** 令和8年12月3日(木) 17:00 */
    static String dateAndTime(Instant at) {
        ZonedDateTime local = at.atZone(EngineTime.JAPAN);
        return JapaneseDates.longDate(local.toLocalDate()) + "(" + WEEKDAYS.charAt(local.getDayOfWeek().getValue() - 1) + ") "
                + String.format("%d:%02d", local.getHour(), local.getMinute());
    }
}
