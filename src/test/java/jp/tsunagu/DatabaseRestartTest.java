package jp.tsunagu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import jp.tsunagu.organization.MunicipalityRepository;
import jp.tsunagu.process.ProcessKeys;
import jp.tsunagu.support.TestPostgres;

/**
 * The application starts on H2 files and on PostgreSQL, and a second start on the same database
 * keeps what is there: one deployment version per process, the reference data loaded once.
 */
class DatabaseRestartTest {

    record Snapshot(long deployments, long dispatchVersions, long municipalities) {
    }

    @Test
    void secondStartOnTheSameH2FileKeepsOneDeploymentVersion(@TempDir Path directory) {
        String url = "jdbc:h2:file:" + directory.resolve("tsunagu").toAbsolutePath();
        List<Snapshot> runs = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            runs.add(startAndLook("test,demo", "--spring.datasource.url=" + url));
        }
        assertSameAfterRestart(runs);
    }

    /** The demo profile's passwords are never accepted outside it, even on a database it once ran on. */
    @Test
    void aStartWithoutTheDemoProfileLocksTheDemoAccountsOfAnEarlierDemoRun(@TempDir Path directory) {
        String url = "--spring.datasource.url=jdbc:h2:file:" + directory.resolve("tsunagu").toAbsolutePath();
        try (ConfigurableApplicationContext demo = start("test,demo", url)) {
            assertThat(demo.getBean(IdentityService.class).checkPassword("center", "demo")).isTrue();
        }
        try (ConfigurableApplicationContext operated = start("test", url,
                "--tsunagu.admin.user=ops", "--tsunagu.admin.password=s3cret-Passw0rd")) {
            IdentityService identity = operated.getBean(IdentityService.class);
            assertThat(identity.createUserQuery().userId("center").count()).as("the account stays").isEqualTo(1);
            for (String[] known : new String[][] {{"center", "demo"}, {"muni.022080", "demo"}, {"admin", "admin"}}) {
                assertThat(identity.checkPassword(known[0], known[1])).as(known[0]).isFalse();
            }
            assertThat(identity.checkPassword("ops", "s3cret-Passw0rd")).isTrue();
        }
    }

    @Test
    void startsOnPostgresqlAndASecondStartKeepsOneDeploymentVersion() {
        TestPostgres.Database database = TestPostgres.newDatabase();
        List<Snapshot> runs = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            runs.add(startAndLook("test,postgres",
                    // application-test.yaml names an H2 URL, and a profile file wins over the
                    // postgres profile's document: the URL itself must come from the command line.
                    "--spring.datasource.url=" + database.url(),
                    "--TSUNAGU_DB_URL=" + database.url(),
                    "--TSUNAGU_DB_USER=" + database.user(),
                    "--TSUNAGU_DB_PASSWORD=" + database.password(),
                    "--tsunagu.admin.user=ops", "--tsunagu.admin.password=pw-for-test"));
        }
        assertSameAfterRestart(runs);
    }

    private static String connectedUrl(ConfigurableApplicationContext context) {
        try (java.sql.Connection connection = context.getBean(javax.sql.DataSource.class).getConnection()) {
            return connection.getMetaData().getURL();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String expectedUrlPrefix(String profiles) {
        return profiles.contains("postgres") ? "jdbc:postgresql:" : "jdbc:h2:file:";
    }

    private static void assertSameAfterRestart(List<Snapshot> runs) {
        assertThat(runs.get(0).dispatchVersions()).isEqualTo(1);
        assertThat(runs.get(0).municipalities()).isEqualTo(40);
        assertThat(runs.get(1)).isEqualTo(runs.get(0));
    }

    /** Arguments go on the command line: they must win over application-test.yaml, as an operator's would. */
    private static ConfigurableApplicationContext start(String profiles, String... arguments) {
        List<String> args = new ArrayList<>(List.of(arguments));
        args.add("--spring.profiles.active=" + profiles);
        args.add("--server.port=0");
        return new SpringApplicationBuilder(TsunaguApplication.class).run(args.toArray(String[]::new));
    }

    private static Snapshot startAndLook(String profiles, String... arguments) {
        try (ConfigurableApplicationContext context = start(profiles, arguments)) {
            RepositoryService repository = context.getBean(RepositoryService.class);
            assertThat(connectedUrl(context)).as("the database this start really used")
                    .startsWith(expectedUrlPrefix(profiles));
            return new Snapshot(
                    repository.createDeploymentQuery().count(),
                    repository.createProcessDefinitionQuery().processDefinitionKey(ProcessKeys.ADVISER_DISPATCH).count(),
                    context.getBean(MunicipalityRepository.class).count());
        }
    }
}
