package jp.tsunagu.report;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import jp.tsunagu.demo.DemoSeed;

/** {@link DemoSeedContract} on the in-memory H2 database, the seed played as the demo profile plays it. */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = DemoSeed.ENABLED + "=true")
@ActiveProfiles({"test", "demo"})
class DemoSeedTest extends DemoSeedContract {
}
