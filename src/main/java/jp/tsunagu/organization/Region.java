package jp.tsunagu.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 圏域: one of the prefecture's six health-care regions, each with its own advisers. */
@Entity
@Table(name = "region")
public class Region {

    @Id
    private String id;

    private String name;

    private String note;

    protected Region() {
    }

    public Region(String id, String name, String note) {
        this.id = id;
        this.name = name;
        this.note = note;
    }

    public String getId() {
        return id;
    }

    /** Japanese name as users read it, e.g. 下北. */
    public String getName() {
        return name;
    }

    public String getNote() {
        return note;
    }
}
