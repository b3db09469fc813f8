package jp.tsunagu.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes many open tasks fast by copying, in SQL, every engine row of a few real instances the
 * flows made (the templates, all for むつ市 in 下北): executions, tasks, candidate and assignee
 * links, variables, the grants of Camunda and of our FlowAccess, and the instances' history.
 * Each copy n belongs to municipality n mod 40: the templates' '022080' and 'shimokita' become
 * that municipality's code and region in every group, user and value, so each copy carries the
 * same identity links and grants the flows would have made there. Ids get a suffix ~n, and every
 * time of copy n lies n × 5 s earlier (about a day and a half over 25,000 copies), so that tasks
 * are created, and fall due, over time as in real use and not all in the same instant. Jobs
 * (timers days away) and message subscriptions are not copied, nor our own tables' rows.
 */
final class TaskCloner {

    /** Columns that hold ids of the template's own rows: suffixed, so each copy is self-contained. */
    private static final Set<String> ID_COLUMNS = Set.of("id_", "root_proc_inst_id_", "proc_inst_id_", "execution_id_",
            "task_id_", "act_inst_id_", "bytearray_id_", "parent_task_id_", "operation_id_", "job_id_", "var_scope_",
            "var_inst_id_", "super_process_instance_id_", "super_exec_", "resource_id_", "process_instance_id_",
            "parent_id_", "parent_act_inst_id_", "call_proc_inst_id_", "error_details_id_",
            "root_cause_incident_id_", "cause_incident_id_", "restarted_proc_inst_id_");

    private static final String TEMPLATE_CODE = Lifecycles.MUTSU.code();
    private static final String TEMPLATE_REGION = Lifecycles.MUTSU.region();

    private final Connection connection;
    private final List<Place> places;

    TaskCloner(Connection connection, List<Place> places) {
        this.connection = connection;
        this.places = places;
    }

    /** Copies the templates {@code copies} times; answers the number of open tasks afterwards. */
    long copy(List<String> templateInstances, int copies, int perStatement) throws SQLException {
        Map<String, String> tables = tablesAndMembership();
        Array templates = connection.createArrayOf("text", templateInstances.toArray());
        Array codes = connection.createArrayOf("text", places.stream().map(Place::code).toArray());
        Array regions = connection.createArrayOf("text", places.stream().map(Place::region).toArray());
        connection.setAutoCommit(false);
        for (int from = 1; from <= copies; from += perStatement) {
            int to = Math.min(copies, from + perStatement - 1);
            for (Map.Entry<String, String> table : tables.entrySet()) {
                String sql = insert(table.getKey(), table.getValue());
                try (PreparedStatement insert = connection.prepareStatement(sql)) {
                    insert.setArray(1, codes);
                    insert.setArray(2, regions);
                    insert.setInt(3, from);
                    insert.setInt(4, to);
                    int parameters = (int) table.getValue().chars().filter(c -> c == '?').count();
                    for (int p = 0; p < parameters; p++) {
                        insert.setArray(5 + p, templates);
                    }
                    insert.executeUpdate();
                }
            }
            connection.commit();
            System.out.printf("bench: copied %d of %d template sets%n", to, copies);
        }
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            // as autovacuum would within minutes of such a load: statistics, and the visibility
            // map that lets an index answer alone (right after a bulk insert every page is unvisited)
            statement.execute("vacuum analyze");
        }
        return openTasks();
    }

    long openTasks() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("select count(*) from act_ru_task")) {
            count.next();
            return count.getLong(1);
        }
    }

    long tasksOf(List<String> templateInstances) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select count(*) from act_ru_task where proc_inst_id_ = any(?)")) {
            query.setArray(1, connection.createArrayOf("text", templateInstances.toArray()));
            try (ResultSet count = query.executeQuery()) {
                count.next();
                return count.getLong(1);
            }
        }
    }

    /**
     * The tables to copy, in an order that satisfies the foreign keys, each with the condition
     * that picks a template's rows ({@code ?} is the array of template instance ids).
     */
    private Map<String, String> tablesAndMembership() throws SQLException {
        String templateTasks = "(select x.id_ from act_ru_task x where x.proc_inst_id_ = any(?))";
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("act_ge_bytearray", "t.id_ in (select x.bytearray_id_ from act_ru_variable x where x.proc_inst_id_ = any(?)"
                + " union select x.bytearray_id_ from act_hi_varinst x where x.proc_inst_id_ = any(?)"
                + " union select x.bytearray_id_ from act_hi_detail x where x.proc_inst_id_ = any(?))");
        tables.put("act_ru_execution", "t.proc_inst_id_ = any(?)");
        tables.put("act_ru_task", "t.proc_inst_id_ = any(?)");
        tables.put("act_ru_identitylink", "t.task_id_ in " + templateTasks);
        tables.put("act_ru_variable", "t.proc_inst_id_ = any(?)");
        tables.put("act_ru_authorization", "(t.resource_id_ = any(?) or t.resource_id_ in " + templateTasks + ")");
        for (String history : historyTables()) {
            tables.put(history, columns(history).containsKey("proc_inst_id_") ? "t.proc_inst_id_ = any(?)"
                    : "t.root_proc_inst_id_ = any(?)");
        }
        return tables;
    }

    private List<String> historyTables() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("""
                select distinct table_name from information_schema.columns
                 where table_schema = current_schema() and table_name like 'act\\_hi\\_%'
                   and column_name in ('proc_inst_id_', 'root_proc_inst_id_') order by table_name""")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    /** Column name to its data type. */
    private Map<String, String> columns(String table) throws SQLException {
        Map<String, String> columns = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select column_name, data_type from information_schema.columns
                 where table_schema = current_schema() and table_name = ? order by ordinal_position""")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return columns;
    }

    /** The value of a column in copy n (alias g) of a template row (alias t). */
    private static String copied(String column, String type) {
        if (type.startsWith("timestamp")) {
            return "t." + column + " - g.n * interval '5 seconds'";
        }
        if (!type.equals("character varying") && !type.equals("text")) {
            return "t." + column;
        }
        return ID_COLUMNS.contains(column) ? "left(t." + column + ", 55) || '~' || lpad(to_hex(g.n), 8, '0')"
                : "replace(replace(t." + column + ", '" + TEMPLATE_CODE + "', g.code), '" + TEMPLATE_REGION + "', g.region)";
    }

    private String insert(String table, String membership) throws SQLException {
        Map<String, String> columns = columns(table);
        List<String> values = new ArrayList<>();
        columns.forEach((column, type) -> values.add(copied(column, type)));
        return "insert into " + table + " (" + String.join(", ", columns.keySet()) + ") select " + String.join(", ", values)
                + " from " + table + " t, (select n, (?::text[])[1 + n % " + places.size() + "] as code, (?::text[])[1 + n % "
                + places.size() + "] as region from generate_series(?, ?) n) g where " + membership;
    }
}
