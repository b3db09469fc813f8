package jp.tsunagu.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The table {@code mail_outbox} (V71): what is to be said to whom. Rows are written in the
 * transaction of the event (the engine's, for a task that arrives), read and marked by
 * {@link DigestSender}. Plain SQL: the same statements run on H2 and PostgreSQL.
 */
@Repository
public class MailOutbox {

    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    static final String DROPPED = "DROPPED";

    /** One line of a digest. */
    public record Notice(long id, String userId, MailReason reason, TaskFacts task) {
    }

    private final JdbcTemplate jdbc;

    public MailOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void add(String userId, MailReason reason, TaskFacts task, Instant now) {
        jdbc.update("insert into mail_outbox (user_id, reason, task_id, step_name, business_key, flow_name, due_at,"
                + " created_at, state) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                userId, reason.name(), task.taskId(), task.stepName(), task.businessKey(), task.flowName(),
                timestamp(task.dueAt()), timestamp(now), PENDING);
    }

    /** Whether this person was already told that this task reached them (sent or still waiting). */
    public boolean toldOfArrival(String userId, String taskId) {
        Integer count = jdbc.queryForObject("select count(*) from mail_outbox where task_id = ? and user_id = ? and reason = ?",
                Integer.class, taskId, userId, MailReason.ARRIVED.name());
        return count != null && count > 0;
    }

    /** People with something waiting to be sent. */
    public List<String> peopleWaiting() {
        return jdbc.queryForList("select distinct user_id from mail_outbox where state = ? order by user_id",
                String.class, PENDING);
    }

    public List<Notice> waitingFor(String userId) {
        return jdbc.query("select id, user_id, reason, task_id, step_name, business_key, flow_name, due_at from mail_outbox"
                + " where user_id = ? and state = ? order by created_at, id", MailOutbox::notice, userId, PENDING);
    }

    public void markSent(List<Long> ids, Instant now) {
        mark(ids, SENT, now);
    }

    public void markDropped(List<Long> ids, Instant now) {
        mark(ids, DROPPED, now);
    }

    private void mark(List<Long> ids, String state, Instant now) {
        for (Long id : ids) {
            jdbc.update("update mail_outbox set state = ?, done_at = ? where id = ? and state = ?",
                    state, timestamp(now), id, PENDING);
        }
    }

    private static Notice notice(ResultSet row, int number) throws SQLException {
        Timestamp due = row.getTimestamp("due_at");
        return new Notice(row.getLong("id"), row.getString("user_id"), MailReason.valueOf(row.getString("reason")),
                new TaskFacts(row.getString("task_id"), row.getString("step_name"), row.getString("business_key"),
                        row.getString("flow_name"), due == null ? null : due.toInstant()));
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
