package jp.tsunagu.activity;

/** How many took part from one kind of organization ({@link ParticipantKind#getCode()}); at least 1. */
public record ParticipantCount(String kindCode, int count) {
}
