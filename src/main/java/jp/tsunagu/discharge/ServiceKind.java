package jp.tsunagu.discharge;

/** Services arranged for life at home (the seed's 在宅移行). */
public enum ServiceKind {
    CHILD_DEVELOPMENT("児童発達支援"),
    NURSERY("保育所"),
    AFTER_SCHOOL("放課後等デイサービス"),
    HOME_NURSING("訪問看護"),
    SHORT_STAY("短期入所");

    private final String label;

    ServiceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
