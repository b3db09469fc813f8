package jp.tsunagu.evacuation;

import jakarta.persistence.Embeddable;

/** 避難支援者: who helps the family evacuate, and how to reach them. */
@Embeddable
public record Supporter(String name, String relation, String phone) {
}
