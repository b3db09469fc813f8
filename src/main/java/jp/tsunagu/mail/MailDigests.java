package jp.tsunagu.mail;

import static jp.tsunagu.mail.MailOutbox.timestamp;

import java.time.Duration;
import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The table {@code mail_digest} (V71): per person, when their last digest went out, the
 * back-off after failures and the claim of the node that sends to them now. A claim is taken by
 * one conditional update, so of two nodes that try at once exactly one gets it, on H2 as on
 * PostgreSQL; a node that dies while it holds one loses it when the lease runs out.
 */
@Repository
public class MailDigests {

    private final JdbcTemplate jdbc;

    public MailDigests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's row exists afterwards (another node may have made it at the same moment). */
    public void ensure(String userId) {
        try {
            jdbc.update("insert into mail_digest (user_id, failures) select ?, 0 from (values (1)) one"
                    + " where not exists (select 1 from mail_digest where user_id = ?)", userId, userId);
        } catch (DuplicateKeyException madeByAnotherNode) {
            // the row is there, which is all this needs
        }
    }

    /**
     * Takes the person's digest for {@code node} until {@code now + lease}, if nobody holds it, their last
     * mail went out at least {@code every} ago and no back-off is running. True when this node got it.
     */
    public boolean claim(String userId, String node, Instant now, Duration lease, Duration every) {
        return jdbc.update("update mail_digest set claimed_by = ?, claimed_until = ? where user_id = ?"
                + " and (claimed_until is null or claimed_until < ?)"
                + " and (last_sent_at is null or last_sent_at <= ?)"
                + " and (retry_at is null or retry_at <= ?)",
                node, timestamp(now.plus(lease)), userId, timestamp(now), timestamp(now.minus(every)), timestamp(now)) == 1;
    }

    /** The digest went out: the next one waits a full interval from now. */
    public void sent(String userId, String node, Instant now) {
        jdbc.update("update mail_digest set last_sent_at = ?, failures = 0, retry_at = null, claimed_by = null,"
                + " claimed_until = null where user_id = ? and claimed_by = ?", timestamp(now), userId, node);
    }

    /** Nothing was to be sent after all (switched off, no address): the claim is given back. */
    public void release(String userId, String node) {
        jdbc.update("update mail_digest set claimed_by = null, claimed_until = null where user_id = ? and claimed_by = ?",
                userId, node);
    }

    /** The mail server refused or did not answer: try again after the back-off; returns the failures in a row. */
    public int failed(String userId, String node, Instant now, MailProperties properties) {
        Integer failures = jdbc.queryForObject("select failures from mail_digest where user_id = ?", Integer.class, userId);
        int inARow = (failures == null ? 0 : failures) + 1;
        jdbc.update("update mail_digest set failures = ?, retry_at = ?, claimed_by = null, claimed_until = null"
                + " where user_id = ? and claimed_by = ?",
                inARow, timestamp(now.plus(properties.backOff(inARow))), userId, node);
        return inARow;
    }
}
