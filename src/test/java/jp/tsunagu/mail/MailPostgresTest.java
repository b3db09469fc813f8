package jp.tsunagu.mail;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.tsunagu.support.TestPostgres;

/**
 * {@link MailContract} on PostgreSQL (a fresh database of {@link TestPostgres}): the claims
 * (conditional updates), the due notices' primary key and the savepoint in the engine's
 * transaction behave as on H2.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "postgres", "demo"})
@Import(MailContract.FollowTheEngineClock.class)
class MailPostgresTest extends MailContract {

    @DynamicPropertySource
    static void postgresAndMail(DynamicPropertyRegistry registry) {
        TestPostgres.useNewDatabase(registry);
        mailProperties(registry);
    }
}
