package jp.tsunagu.mail;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link MailContract} on the in-memory H2 database. */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@Import(MailContract.FollowTheEngineClock.class)
class MailTest extends MailContract {

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        mailProperties(registry);
    }
}
