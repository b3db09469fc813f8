package jp.tsunagu.report;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.tsunagu.support.TestPostgres;

/**
 * {@link CaseCollectionContract} on PostgreSQL (a fresh database of {@link TestPostgres}): the
 * collection's tables and queries give the same collection as on H2.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "postgres", "demo"})
@Import(ReportsContract.FollowTheEngineClock.class)
class CaseCollectionPostgresTest extends CaseCollectionContract {

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
