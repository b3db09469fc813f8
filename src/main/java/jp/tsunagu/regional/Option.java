package jp.tsunagu.regional;

/** One option of a Camunda Forms select: what people read, and the value submitted. */
public record Option(String label, String value) {
}
