package jp.tsunagu.process;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.tsunagu.support.TestPostgres;

/** {@link IdempotentStartRestTest} on PostgreSQL (the CI server, or an embedded one locally): the start_request key race decided by PostgreSQL's unique index. */
class IdempotentStartPostgresRestTest extends IdempotentStartRestTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.useNewDatabase(registry);
    }
}
