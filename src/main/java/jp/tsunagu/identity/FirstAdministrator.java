package jp.tsunagu.identity;

import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import jp.tsunagu.routing.GroupIds;

/**
 * Outside the demo profile, the only account at first start is the administrator named by
 * TSUNAGU_ADMIN_USER / TSUNAGU_ADMIN_PASSWORD. The check runs when this plugin is created, which
 * is before the engine is built, so a misconfigured server stops before it touches anything.
 * No account keeps a demo password outside the demo profile.
 */
@Component
@Profile("!demo")
public class FirstAdministrator extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AdministratorProperties administrator;

    public FirstAdministrator(AdministratorProperties administrator) {
        if (administrator == null || !administrator.isComplete()) {
            throw new MissingAdministratorException();
        }
        this.administrator = administrator;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        IdentitySetup setup = new IdentitySetup(engine.getIdentityService(), engine.getAuthorizationService());
        setup.ensureAdministratorsGroup();
        setup.ensureUser(administrator.user(), "管理者", "システム", administrator.password());
        setup.ensureMembership(administrator.user(), GroupIds.ADMIN);
        lockOutKnownPasswords(engine);
    }

    /**
     * A database that once ran with the demo profile keeps its accounts: any whose password is
     * still a demo password gets a random one, so that only the administrator can open it again
     * (Admin, "パスワードの変更"). The hash is compared directly: identityService.checkPassword
     * would count every miss as a failed login and throttle real users at each start.
     */
    private void lockOutKnownPasswords(ProcessEngine engine) {
        IdentityService identity = engine.getIdentityService();
        PasswordManager passwords = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getPasswordManager();
        for (User user : identity.createUserQuery().list()) {
            if (user.getId().equals(administrator.user()) || !(user instanceof UserEntity entity)
                    || entity.getPassword() == null) {
                continue;
            }
            boolean known = KnownPasswords.ALL.stream().anyMatch(password ->
                    passwords.check(EncryptionUtil.saltPassword(password, entity.getSalt()), entity.getPassword()));
            if (known) {
                user.setPassword(UUID.randomUUID() + "-" + UUID.randomUUID());
                identity.saveUser(user);
                LOG.warn("Account {} had a demo password; it was replaced by a random one (set a new one in Admin).",
                        user.getId());
            }
        }
    }
}
