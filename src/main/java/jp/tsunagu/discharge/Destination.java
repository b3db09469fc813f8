package jp.tsunagu.discharge;

/** Where the child goes from the hospital (the seed's 下北 case: a facility, aiming at 一時帰宅). */
public enum Destination {
    HOME("自宅"),
    FACILITY("施設入所"),
    HOSPITAL_STAY("入院継続（一時帰宅を目標）");

    private final String label;

    Destination(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
