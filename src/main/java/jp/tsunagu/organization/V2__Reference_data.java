package jp.tsunagu.organization;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the six regions and the 40 municipalities from {@code reference/*.tsv} once. After this
 * migration the rows belong to the administrator (a municipality's region can be changed), so a
 * restart never reloads them. The class name follows Flyway's convention (version 2).
 */
@Component
public class V2__Reference_data extends BaseJavaMigration {

    static final String REGIONS = "reference/regions.tsv";
    static final String MUNICIPALITIES = "reference/municipalities.tsv";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into region (id, name, note) values (?, ?, ?)")) {
            for (String[] row : rows(REGIONS)) {
                insert.setString(1, row[0]);
                insert.setString(2, row[1]);
                insert.setString(3, row.length > 2 && !row[2].isBlank() ? row[2] : null);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into municipality (code, name, region_id) values (?, ?, ?)")) {
            for (String[] row : rows(MUNICIPALITIES)) {
                // A code with a wrong check digit in the reference file stops the migration.
                insert.setString(1, MunicipalityCode.of(row[0]).value());
                insert.setString(2, row[1]);
                insert.setString(3, row[2]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Data rows of a tab-separated file with a header line. */
    static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }
}
