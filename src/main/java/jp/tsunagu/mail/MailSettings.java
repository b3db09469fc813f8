package jp.tsunagu.mail;

import static jp.tsunagu.mail.MailOutbox.timestamp;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.tsunagu.organization.StaffMembers;

/**
 * Each person's own switch for mail about tasks (table {@code mail_setting}, V71; no row: on),
 * and their address, which lives in their staff record ({@code staff_member.email}, V70).
 */
@Service
public class MailSettings {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final StaffMembers staff;
    private final Clock clock;

    public MailSettings(JdbcTemplate jdbc, StaffMembers staff, Clock clock) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.staff = staff;
        this.clock = clock;
    }

    public boolean receives(String userId) {
        List<Boolean> choice = jdbc.queryForList("select receives from mail_setting where user_id = ?", Boolean.class, userId);
        return choice.isEmpty() || Boolean.TRUE.equals(choice.get(0));
    }

    /** Of these people, those who switched mail off. */
    public Set<String> switchedOff(Collection<String> userIds) {
        if (userIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(named.queryForList("select user_id from mail_setting where receives = false and user_id in (:users)",
                java.util.Map.of("users", userIds), String.class));
    }

    @Transactional
    public void choose(String userId, boolean receives) {
        int changed = jdbc.update("update mail_setting set receives = ?, changed_at = ? where user_id = ?",
                receives, timestamp(clock.instant()), userId);
        if (changed == 0) {
            jdbc.update("insert into mail_setting (user_id, receives, changed_at) values (?, ?, ?)",
                    userId, receives, timestamp(clock.instant()));
        }
    }

    public Optional<String> addressOf(String userId) {
        return staff.emailOf(userId);
    }
}
