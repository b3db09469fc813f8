package jp.tsunagu.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import jp.tsunagu.identity.IdentitySetup;
import jp.tsunagu.identity.TasklistFilters;

/** Outside the demo profile the only account is the administrator named by the environment. */
// The REST API finds its engine in Camunda's static registry: one application context at a time.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tsunagu.admin.user=ops", "tsunagu.admin.password=s3cret-Passw0rd"})
@ActiveProfiles("test")
class WithoutDemoProfileTest {

    @Autowired
    IdentityService identityService;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    org.camunda.bpm.engine.ProcessEngine engine;

    @Test
    void noDemoAccountOrGroupExistsOnlyTheConfiguredAdministrator() {
        assertThat(identityService.createUserQuery().list())
                .extracting(user -> user.getId()).containsExactly("ops");
        assertThat(identityService.createGroupQuery().list())
                .extracting(group -> group.getId()).containsExactly("camunda-admin");
        assertThat(identityService.createUserQuery().userId("ops").memberOfGroup("camunda-admin").count()).isEqualTo(1);
        assertThat(identityService.checkPassword("ops", "s3cret-Passw0rd")).isTrue();
    }

    @Test
    void theDemoPasswordIsNotAccepted() {
        assertThat(rest.withBasicAuth("center", "demo").getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("admin", "admin").getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("ops", "s3cret-Passw0rd").getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void anOldGrantOnAllFiltersGoesOnceAndOneAnAdministratorAddsLaterStays() {
        var authorizations = engine.getAuthorizationService();
        IdentitySetup setup = new IdentitySetup(engine.getIdentityService(), authorizations);
        java.util.function.Supplier<org.camunda.bpm.engine.authorization.AuthorizationQuery> global = () -> authorizations
                .createAuthorizationQuery().authorizationType(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL)
                .resourceType(org.camunda.bpm.engine.authorization.Resources.FILTER);
        // as an earlier version left the database: one grant on all filters, none per filter
        global.get().list().forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
        setup.ensureGlobalGrant(org.camunda.bpm.engine.authorization.Resources.FILTER, "*",
                org.camunda.bpm.engine.authorization.Permissions.READ);

        new TasklistFilters().postProcessEngineBuild(engine);
        assertThat(global.get().resourceId("*").count()).isZero();
        assertThat(global.get().count()).as("one per everyday filter").isEqualTo(4);

        setup.ensureGlobalGrant(org.camunda.bpm.engine.authorization.Resources.FILTER, "*",
                org.camunda.bpm.engine.authorization.Permissions.READ);
        new TasklistFilters().postProcessEngineBuild(engine);
        assertThat(global.get().resourceId("*").count()).as("an administrator's own grant survives a restart").isOne();
    }
}
