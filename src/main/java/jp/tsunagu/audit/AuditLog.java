package jp.tsunagu.audit;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jp.tsunagu.process.CurrentUser;

/**
 * The audit log of children's data (DOMAIN.md, "Privacy"): every read of a case page or a
 * printable plan and every change made through the flows. A change is written in the engine's
 * transaction, so an entry exists exactly when the change does. Nobody logged in (a timer, a
 * job) is written as "system".
 */
@Service
public class AuditLog {

    /** Who a change made by nobody logged in (a timer, a job) is written as. */
    public static final String SYSTEM = "system";
    private static final int MAX_DETAIL = 500;

    private final AuditEntryRepository entries;
    private final CurrentUser currentUser;
    private final Clock clock;

    public AuditLog(AuditEntryRepository entries, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A change, written in the transaction that makes it. */
    @Transactional
    public void record(AuditAction action, String caseId, String subject, String detail) {
        String shortened = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        entries.save(new AuditEntry(clock.instant(), currentUser.userId().orElse(SYSTEM), action, caseId, subject,
                shortened));
    }

    /** A read, written on its own: page requests run in read-only transactions. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRead(AuditAction action, String caseId, String subject) {
        record(action, caseId, subject, null);
    }
}
