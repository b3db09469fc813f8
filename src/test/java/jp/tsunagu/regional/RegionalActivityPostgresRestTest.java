package jp.tsunagu.regional;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.tsunagu.support.TestPostgres;

/** {@link RegionalActivityRestTest} on PostgreSQL: who may start, see and work on a regional activity. */
class RegionalActivityPostgresRestTest extends RegionalActivityRestTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.useNewDatabase(registry);
    }
}
