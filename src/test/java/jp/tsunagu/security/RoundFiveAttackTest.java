package jp.tsunagu.security;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** Round five's attacks (form choices, HAL names, groups, the filter) on the embedded H2 database. */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class RoundFiveAttackTest extends RoundFiveAttackContract {
}
