package jp.tsunagu.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.camunda.bpm.engine.impl.cmd.CheckPassword;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jp.tsunagu.grants.UserWriteGuard;

/**
 * Failed logins are slowed down per account AND per address they come from, in place of
 * Camunda's own lock, which is per account only: with it anyone who knew an account name could
 * lock an officer out for good with ten wrong passwords, or keep them out with one a minute.
 * Here the n-th failure in a row from one address pauses that account from that address only
 * for 3 s, doubling, at most 60 s; after ten it pauses for 15 minutes and the audit log says so
 * (administrators read it at /audit). The officer at their own desk is never kept out by
 * someone else's attempts. Every way in checks passwords with this command (REST, the web apps'
 * login, our pages), so all are throttled alike; behind a proxy the address is the client's only
 * with {@code server.forward-headers-strategy=native}. Counts are per node and forgotten on restart.
 */
class LoginThrottle extends CommandInterceptor {

    static final int PAUSE_AFTER = 10;
    static final Duration LONG_PAUSE = Duration.ofMinutes(15);
    static final Duration FIRST_DELAY = Duration.ofSeconds(3);
    static final Duration MAX_DELAY = Duration.ofSeconds(60);
    private static final int MAX_TRACKED = 10_000;

    record Key(String userId, String address) {
    }

    record Failures(int count, Instant pausedUntil) {
    }

    private final Map<Key, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Consumer<Key> paused;

    /** @param paused told when an account is paused for {@link #LONG_PAUSE} from an address */
    LoginThrottle(Clock clock, Consumer<Key> paused) {
        this.clock = clock;
        this.paused = paused;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T execute(Command<T> command) {
        if (!(command instanceof CheckPassword check)) {
            return next.execute(command);
        }
        Key key = new Key(String.valueOf(UserWriteGuard.<String>field(check, "userId")), clientAddress());
        Failures before = failures.get(key);
        Instant now = clock.instant();
        if (before != null && now.isBefore(before.pausedUntil())) {
            return (T) Boolean.FALSE; // the password is not even looked at while paused
        }
        T result = next.execute(command);
        if (Boolean.TRUE.equals(result)) {
            failures.remove(key);
        } else {
            failed(key, before, now);
        }
        return result;
    }

    private void failed(Key key, Failures before, Instant now) {
        int count = before == null ? 1 : before.count() + 1;
        Duration doubled = FIRST_DELAY.multipliedBy(1L << Math.min(count - 1, 5));
        Duration pause = count >= PAUSE_AFTER ? LONG_PAUSE : doubled.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : doubled;
        forgetOldOnes(now);
        failures.put(key, new Failures(count >= PAUSE_AFTER ? 0 : count, now.plus(pause)));
        if (count >= PAUSE_AFTER) {
            paused.accept(key);
        }
    }

    /** Attempts over many names or addresses must not fill the memory: paused-out entries go first. */
    private void forgetOldOnes(Instant now) {
        if (failures.size() >= MAX_TRACKED) {
            failures.entrySet().removeIf(entry -> entry.getValue().pausedUntil().plus(LONG_PAUSE).isBefore(now));
            if (failures.size() >= MAX_TRACKED) {
                failures.clear();
            }
        }
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            return request.getRequest().getRemoteAddr();
        }
        return "local";
    }
}
