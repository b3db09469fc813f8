package jp.tsunagu.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import jp.tsunagu.organization.V2__Reference_data;
import jp.tsunagu.process.V40__Kept_history_level;
import jp.tsunagu.support.TestPostgres;

/**
 * V45/V46 on a database that has activity records of before the participants' kinds: they keep
 * their total, 「多数」 and text, and get counts by kind as far as the text tells. The same on H2
 * ({@link ParticipantsMigrationTest}) and PostgreSQL ({@link ParticipantsMigrationPostgresTest}).
 */
abstract class ParticipantsMigrationContract {

    abstract TestPostgres.Database database();

    @Test
    void oldRecordsKeepTheirTextAndTotalAndGetCountsByKind() throws SQLException {
        TestPostgres.Database database = database();
        flyway(database, "44").migrate();
        try (Connection connection = connect(database)) {
            insertOld(connection, 1, "本人、母、祖母、コーディネーター、圏域アドバイザー", 5, false);
            insertOld(connection, 2, "市町村、入院中病院、入所予定施設、支援センター、退院後通院予定病院、圏域アドバイザー", 18, false);
            insertOld(connection, 3, "医療的ケア児支援に関わる職種問わず", 61, false);
            insertOld(connection, 4, "来場者、圏域アドバイザー", 0, true);
        }

        flyway(database, "latest").migrate();

        try (Connection connection = connect(database)) {
            assertThat(participants(connection, 1)).containsExactly("ADVISER=1", "COORDINATOR=1", "FAMILY=3");
            assertThat(participants(connection, 2)).containsExactly("ADVISER=1", "CENTER=1", "HOSPITAL=2",
                    "MUNICIPAL_WELFARE=1", "OTHER=12", "SERVICE_PROVIDER=1");
            assertThat(participants(connection, 3)).containsExactly("OTHER=61");
            assertThat(participants(connection, 4)).containsExactly("ADVISER=1");
            try (ResultSet kept = connection.createStatement().executeQuery(
                    "select id, participant_roles, participant_count, participants_many, online from activity_record order by id")) {
                List<String> rows = new ArrayList<>();
                while (kept.next()) {
                    rows.add(kept.getLong(1) + "|" + kept.getString(2) + "|" + kept.getInt(3) + "|" + kept.getBoolean(4) + "|"
                            + kept.getBoolean(5));
                }
                assertThat(rows).containsExactly(
                        "1|本人、母、祖母、コーディネーター、圏域アドバイザー|5|false|false",
                        "2|市町村、入院中病院、入所予定施設、支援センター、退院後通院予定病院、圏域アドバイザー|18|false|false",
                        "3|医療的ケア児支援に関わる職種問わず|61|false|false",
                        "4|来場者、圏域アドバイザー|0|true|false");
            }
            try (ResultSet kinds = connection.createStatement().executeQuery(
                    "select count(*), sum(case when active then 1 else 0 end) from participant_kind")) {
                kinds.next();
                assertThat(kinds.getInt(1)).isEqualTo(20);
                assertThat(kinds.getInt(2)).isEqualTo(20);
            }
        }
    }

    private static Flyway flyway(TestPostgres.Database database, String target) {
        return Flyway.configure().dataSource(database.url(), database.user(), database.password())
                .table("tsunagu_schema_history").locations("classpath:db/migration").target(target)
                .javaMigrations(new V2__Reference_data(), new V40__Kept_history_level(), new V46__Participants_from_roles())
                .load();
    }

    private static Connection connect(TestPostgres.Database database) throws SQLException {
        return DriverManager.getConnection(database.url(), database.user(), database.password());
    }

    private static void insertOld(Connection connection, long id, String roles, int count, boolean many) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into activity_record (id, business_key, process_instance_id, region_id, recorded_by, activity_date, kind,
                    participant_roles, participant_count, participants_many, content, recorded_at)
                values (?, ?, 'pi', 'shimokita', 'adviser.shimokita', date '2023-08-22', 'CASE_MEETING', ?, ?, ?, '内容', ?)""")) {
            insert.setLong(1, id);
            insert.setString(2, "DSP-2023-000" + id);
            insert.setString(3, roles);
            insert.setInt(4, count);
            insert.setBoolean(5, many);
            insert.setTimestamp(6, Timestamp.from(Instant.parse("2023-08-22T08:00:00Z")));
            insert.executeUpdate();
        }
    }

    private static List<String> participants(Connection connection, long id) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select kind_code, participant_count from activity_participant where activity_record_id = ? order by kind_code")) {
            select.setLong(1, id);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1) + "=" + result.getInt(2));
                }
            }
        }
        return rows;
    }
}
