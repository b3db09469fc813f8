package jp.tsunagu.web;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.tsunagu.support.TestPostgres;

/** {@link ConcurrentChangeRestTest} on PostgreSQL (the CI server, or an embedded one locally): PostgreSQL's own locking and its answer to the second writer. */
class ConcurrentChangePostgresRestTest extends ConcurrentChangeRestTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.useNewDatabase(registry);
    }
}
