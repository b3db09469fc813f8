package jp.tsunagu.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Exactly the REST calls Tasklist makes for a user, each timed over repeated calls: the filter
 * list with each filter's count (sidebar), each filter's first page of 15 (HAL, as Tasklist asks
 * for it) and its count, and the count of the user's candidate-group tasks; and the dashboard page
 * (all its queries) for the prefecture.
 */
record TaskListQueries(Http http, int repetitions) {

    private static final Map<String, Object> TASKLIST_PAGE = Map.of(
            "sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc")),
            "processVariables", List.of(), "taskVariables", List.of(), "caseInstanceVariables", List.of());

    List<Latencies.Summary> forUser(String user, String candidateGroup) {
        List<Latencies.Summary> results = new ArrayList<>();
        results.add(time(user + ": filter list with counts", () -> http.get(user,
                "/engine-rest/filter?resourceType=Task&itemCount=true")));
        for (JsonNode filter : http.get(user, "/engine-rest/filter?resourceType=Task")) {
            String id = filter.get("id").asText();
            String name = filter.get("name").asText();
            results.add(time(user + ": page of " + name, () -> http.post(user,
                    "/engine-rest/filter/" + id + "/list?firstResult=0&maxResults=15", TASKLIST_PAGE, "application/hal+json")));
            results.add(time(user + ": count of " + name, () -> http.get(user, "/engine-rest/filter/" + id + "/count")));
        }
        results.add(time(user + ": /task/count candidateGroup=" + candidateGroup, () -> http.get(user,
                "/engine-rest/task/count?candidateGroup=" + candidateGroup)));
        return results;
    }

    /** Pages that take seconds are sampled fewer times (a quarter), so the run stays within minutes. */
    List<Latencies.Summary> dashboard() {
        TaskListQueries fewer = new TaskListQueries(http, Math.max(5, repetitions / 4));
        return List.of(fewer.time("prefecture: /dashboard (all its queries)", () -> http.getText("prefecture", "/dashboard")),
                fewer.time("center: /search?q=022080", () -> http.getText("center", "/search?q=022080")));
    }

    /** A count's value as the user sees it, for the report. */
    long count(String user, String filterName) {
        for (JsonNode filter : http.get(user, "/engine-rest/filter?resourceType=Task")) {
            if (filterName.equals(filter.get("name").asText())) {
                return http.get(user, "/engine-rest/filter/" + filter.get("id").asText() + "/count").get("count").asLong();
            }
        }
        return -1;
    }

    private Latencies.Summary time(String name, Supplier<?> call) {
        for (int i = 0; i < 3; i++) {
            call.get();
        }
        Latencies latencies = new Latencies();
        for (int i = 0; i < repetitions; i++) {
            latencies.time(name, call);
        }
        Latencies.Summary summary = latencies.summaries().get(0);
        System.out.printf("bench: %-70s p50 %8.1f ms  p95 %8.1f ms%n", name, summary.p50(), summary.p95());
        return summary;
    }
}
