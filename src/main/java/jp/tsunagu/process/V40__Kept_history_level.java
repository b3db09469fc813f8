package jp.tsunagu.process;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * A database that Camunda set up at history level FULL moves to {@link KeptHistory} (everything
 * it keeps, FULL kept too, so nothing is lost; only what is not written from now on changes).
 * Camunda refuses to start when the level it is configured with differs from the one stored.
 * Flyway runs before the engine; on a new database Camunda's tables do not exist yet and the
 * engine stores the configured level itself. The class name follows Flyway's convention.
 */
@Component
public class V40__Kept_history_level extends BaseJavaMigration {

    private static final String FULL = "3";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!propertyTableExists(connection)) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update ACT_GE_PROPERTY set VALUE_ = ? where NAME_ = 'historyLevel' and VALUE_ = ?")) {
            update.setString(1, String.valueOf(KeptHistory.ID));
            update.setString(2, FULL);
            update.executeUpdate();
        }
    }

    private static boolean propertyTableExists(Connection connection) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        for (String name : new String[] {"ACT_GE_PROPERTY", "act_ge_property"}) {
            try (ResultSet tables = metaData.getTables(null, connection.getSchema(), name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
