package jp.tsunagu.report;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** {@link CaseCollectionContract} on the in-memory H2 database. */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@Import(ReportsContract.FollowTheEngineClock.class)
class CaseCollectionTest extends CaseCollectionContract {
}
