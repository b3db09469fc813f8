package jp.tsunagu.activity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * The activity records written before participants were counted by kind (V45) get their counts
 * by kind from their roles text, as far as the text honestly tells ({@link ParticipantRolesText}):
 * an exact split where the text lists one person per part and adds up to the count, else 1 per
 * kind named and the rest under その他. The text stays on the record as its remark. Runs once;
 * records that already have counts by kind are left alone. The class name follows Flyway's convention.
 */
@Component
public class V46__Participants_from_roles extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (PreparedStatement select = connection.prepareStatement("""
                select ar.id, ar.participant_roles, ar.participant_count, ar.participants_many from activity_record ar
                where not exists (select 1 from activity_participant ap where ap.activity_record_id = ar.id)
                order by ar.id""");
                PreparedStatement insert = connection.prepareStatement(
                        "insert into activity_participant (activity_record_id, kind_code, participant_count) values (?, ?, ?)");
                ResultSet rows = select.executeQuery()) {
            int pending = 0;
            while (rows.next()) {
                List<ParticipantCount> counts = ParticipantRolesText.split(rows.getString("participant_roles"),
                        rows.getInt("participant_count"), rows.getBoolean("participants_many"));
                for (ParticipantCount count : counts) {
                    insert.setLong(1, rows.getLong("id"));
                    insert.setString(2, count.kindCode());
                    insert.setInt(3, count.count());
                    insert.addBatch();
                    pending++;
                }
                if (pending >= 500) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }
}
