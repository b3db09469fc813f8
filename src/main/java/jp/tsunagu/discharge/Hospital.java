package jp.tsunagu.discharge;

/** The hospital the child leaves: name, the ward's contact, and the region it lies in. */
public record Hospital(String name, String wardContact, String regionId) {
}
