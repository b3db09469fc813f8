package jp.tsunagu.security;

import java.time.Clock;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import jp.tsunagu.audit.AuditAction;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.process.EngineLists;

/**
 * Puts {@link LoginThrottle} in front of the engine's password checks and turns Camunda's own
 * per-account lock off (no delay, no permanent lock), so that one rule throttles every login.
 */
@Component
public class LoginThrottlePlugin extends AbstractProcessEnginePlugin {

    private final Clock clock;
    private final ObjectProvider<AuditLog> audit;

    public LoginThrottlePlugin(Clock clock, ObjectProvider<AuditLog> audit) {
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
        configuration.setLoginDelayMaxTime(0);
        LoginThrottle throttle = new LoginThrottle(clock, key -> audit.getObject().record(AuditAction.LOGIN_PAUSED, null,
                key.userId(), "連続" + LoginThrottle.PAUSE_AFTER + "回の失敗のため、" + key.address() + " からのログインを"
                        + LoginThrottle.LONG_PAUSE.toMinutes() + "分間停止"));
        configuration.setCustomPreCommandInterceptorsTxRequired(
                EngineLists.plus(configuration.getCustomPreCommandInterceptorsTxRequired(), throttle));
    }
}
