package jp.tsunagu.report;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.tsunagu.demo.DemoSeed;
import jp.tsunagu.support.TestPostgres;

/** {@link DemoSeedContract} on PostgreSQL (a fresh database of {@link TestPostgres}). */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = DemoSeed.ENABLED + "=true")
@ActiveProfiles({"test", "postgres", "demo"})
class DemoSeedPostgresTest extends DemoSeedContract {

    private static TestPostgres.Database database;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> database().url());
        registry.add("spring.datasource.username", () -> database().user());
        registry.add("spring.datasource.password", () -> database().password());
    }

    private static synchronized TestPostgres.Database database() {
        if (database == null) {
            database = TestPostgres.newDatabase();
        }
        return database;
    }
}
