package jp.tsunagu.process;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The start_request table (V30): which instance a start key has started. Rows are written in
 * the start's own transaction, so a start that fails leaves no row and can simply be sent again.
 */
@Repository
public class StartRequests {

    /** The instance a start key has started. */
    public record StartedInstance(String processInstanceId, String processDefinitionId, String businessKey,
            Instant createdAt) {
    }

    private final JdbcTemplate jdbc;

    public StartRequests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StartedInstance> find(String processKey, String requestKey) {
        List<StartedInstance> rows = jdbc.query("""
                select process_instance_id, process_definition_id, business_key, created_at
                  from start_request where process_key = ? and request_key = ?""",
                (row, n) -> new StartedInstance(row.getString(1), row.getString(2), row.getString(3),
                        row.getTimestamp(4).toInstant()),
                processKey, requestKey);
        return rows.stream().findFirst();
    }

    /**
     * Records this start under its key, or throws {@link DuplicateStartException} when the key
     * already started an instance. A row older than {@code staleBefore} (form fingerprints only;
     * null for client ids, which never expire) is taken over: the same form a day later is a new
     * request. The conditional update and the primary key settle two simultaneous starts.
     */
    public void claim(String processKey, String requestKey, Instant staleBefore, String initiator,
            StartedInstance started) {
        Optional<StartedInstance> existing = find(processKey, requestKey);
        if (existing.isPresent()) {
            if (staleBefore == null || !existing.get().createdAt().isBefore(staleBefore)
                    || jdbc.update("""
                            update start_request set process_instance_id = ?, process_definition_id = ?,
                                   business_key = ?, initiator = ?, created_at = ?
                             where process_key = ? and request_key = ? and created_at < ?""",
                            started.processInstanceId(), started.processDefinitionId(), started.businessKey(),
                            initiator, Timestamp.from(started.createdAt()), processKey, requestKey,
                            Timestamp.from(staleBefore)) == 0) {
                throw new DuplicateStartException(processKey, requestKey);
            }
            return;
        }
        try {
            jdbc.update("""
                    insert into start_request (process_key, request_key, initiator, process_instance_id,
                                               process_definition_id, business_key, created_at)
                    values (?, ?, ?, ?, ?, ?, ?)""",
                    processKey, requestKey, initiator, started.processInstanceId(), started.processDefinitionId(),
                    started.businessKey(), Timestamp.from(started.createdAt()));
        } catch (DuplicateKeyException startedAtTheSameMoment) {
            throw new DuplicateStartException(processKey, requestKey);
        }
    }

    /** Form fingerprints only guard a short window; older ones are of no further use. */
    public void forgetFingerprintsBefore(Instant before) {
        jdbc.update("delete from start_request where request_key like 'form:%' and created_at < ?",
                Timestamp.from(before));
    }
}
