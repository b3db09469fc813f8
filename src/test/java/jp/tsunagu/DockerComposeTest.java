package jp.tsunagu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** There is no Docker engine on these machines: the compose file is checked as data. */
class DockerComposeTest {

    static Map<String, Object> compose;

    @BeforeAll
    static void read() throws IOException {
        try (Reader reader = Files.newBufferedReader(Path.of("docker-compose.yml"), StandardCharsets.UTF_8)) {
            compose = new Yaml().load(reader);
        }
    }

    @Test
    void databaseIsPostgres16WithANamedVolumeAndAHealthCheck() {
        Map<String, Object> db = service("db");
        assertThat((String) db.get("image")).startsWith("postgres:16");
        List<String> volumes = list(db.get("volumes"));
        assertThat(volumes).anyMatch(v -> v.endsWith(":/var/lib/postgresql/data"));
        String volumeName = volumes.get(0).split(":")[0];
        assertThat(map(compose.get("volumes"))).containsKey(volumeName);
        assertThat(list(map(db.get("healthcheck")).get("test"))).anyMatch(part -> part.contains("pg_isready"));
    }

    @Test
    void applicationIsBuiltHereUsesThePostgresProfileAndWaitsForAHealthyDatabase() {
        Map<String, Object> app = service("app");
        assertThat(app.get("build")).isEqualTo(".");
        assertThat(Files.exists(Path.of("Dockerfile"))).isTrue();
        assertThat(map(app.get("environment")).get("SPRING_PROFILES_ACTIVE")).isEqualTo("postgres");
        assertThat(map(app.get("environment"))).containsKeys("TSUNAGU_DB_URL", "TSUNAGU_DB_USER",
                "TSUNAGU_DB_PASSWORD", "TSUNAGU_ADMIN_USER", "TSUNAGU_ADMIN_PASSWORD");
        assertThat(map(map(app.get("depends_on")).get("db")).get("condition")).isEqualTo("service_healthy");
    }

    private static Map<String, Object> service(String name) {
        return map(map(compose.get("services")).get(name));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<String>) value;
    }
}
