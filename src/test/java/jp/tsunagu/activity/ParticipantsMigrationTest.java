package jp.tsunagu.activity;

import java.util.UUID;

import jp.tsunagu.support.TestPostgres;

/** {@link ParticipantsMigrationContract} on a new in-memory H2 database. */
class ParticipantsMigrationTest extends ParticipantsMigrationContract {

    @Override
    TestPostgres.Database database() {
        return new TestPostgres.Database("jdbc:h2:mem:participants-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }
}
