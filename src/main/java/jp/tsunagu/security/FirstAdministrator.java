package jp.tsunagu.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import jp.tsunagu.routing.GroupIds;

/**
 * Outside the demo profile, the only account at first start is the administrator named by
 * TSUNAGU_ADMIN_USER / TSUNAGU_ADMIN_PASSWORD. The check runs when this plugin is created, which
 * is before the engine is built, so a misconfigured server stops before it touches anything.
 */
@Component
@Profile("!demo")
public class FirstAdministrator extends AbstractProcessEnginePlugin {

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
    }
}
