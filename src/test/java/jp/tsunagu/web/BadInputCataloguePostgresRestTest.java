package jp.tsunagu.web;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.tsunagu.support.TestPostgres;

/** {@link BadInputCatalogueRestTest} on PostgreSQL (the CI server, or an embedded one locally): the same refusals, and no row of any table moves. */
class BadInputCataloguePostgresRestTest extends BadInputCatalogueRestTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.useNewDatabase(registry);
    }
}
