package jp.tsunagu.activity;

import jp.tsunagu.support.TestPostgres;

/** {@link ParticipantsMigrationContract} on a new PostgreSQL database. */
class ParticipantsMigrationPostgresTest extends ParticipantsMigrationContract {

    @Override
    TestPostgres.Database database() {
        return TestPostgres.newDatabase();
    }
}
