package jp.tsunagu.identity;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** Tasklist's first filter on H2. */
// The REST API finds its engine in Camunda's static registry: one application context at a time.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class TasklistFiltersTest extends TasklistFiltersContract {
}
