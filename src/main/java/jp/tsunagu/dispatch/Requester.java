package jp.tsunagu.dispatch;

/** Who started a request: the logged-in user (null when another flow started it) and their role. */
public record Requester(String userId, RequesterRole role) {
}
