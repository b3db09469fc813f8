package jp.tsunagu.discharge;

/** The facility the child enters (施設入所): its name, municipality and that municipality's region. */
public record Facility(String name, String municipalityCode, String regionId) {
}
