package jp.tsunagu.process;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives business keys per prefix and year (Japan time): DSP-2026-0001, DSP-2026-0002 ...
 * The counter row is incremented in the caller's transaction, so a start that fails and
 * rolls back gives its number back instead of leaving a gap, and concurrent starts wait on the
 * row lock rather than ever sharing a number.
 */
@Service
public class BusinessKeys {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    public BusinessKeys(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(Propagation.REQUIRES_NEW.value());
        this.clock = clock;
    }

    @Transactional
    public String next(BusinessKeyPrefix prefix) {
        int year = LocalDate.now(clock.withZone(EngineTime.JAPAN)).getYear();
        if (increment(prefix, year) == 0) {
            ensureCounter(prefix, year);
            increment(prefix, year);
        }
        Integer value = jdbc.queryForObject(
                "select last_value from business_key_counter where prefix = ? and key_year = ?",
                Integer.class, prefix.prefix(), year);
        return prefix.format(year, value);
    }

    private int increment(BusinessKeyPrefix prefix, int year) {
        return jdbc.update("update business_key_counter set last_value = last_value + 1 where prefix = ? and key_year = ?",
                prefix.prefix(), year);
    }

    /** The year's first key creates its row in a transaction of its own, so a race costs a retry, not the caller's work. */
    private void ensureCounter(BusinessKeyPrefix prefix, int year) {
        try {
            newTransaction.executeWithoutResult(status -> jdbc.update(
                    "insert into business_key_counter (prefix, key_year, last_value) values (?, ?, 0)",
                    prefix.prefix(), year));
        } catch (DuplicateKeyException alreadyCreatedByAnotherStart) {
            // Another start created the row in the meantime; incrementing it is all we need.
        }
    }
}
