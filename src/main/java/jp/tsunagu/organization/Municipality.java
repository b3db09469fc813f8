package jp.tsunagu.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** 市町村: one of the 40 municipalities of Aomori, in the region an administrator assigns. */
@Entity
@Table(name = "municipality")
public class Municipality {

    @Id
    private String code;

    private String name;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "region_id")
    private Region region;

    protected Municipality() {
    }

    public Municipality(MunicipalityCode code, String name, Region region) {
        this.code = code.value();
        this.name = name;
        this.region = region;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Region getRegion() {
        return region;
    }

    /** Health-care regions differ from administrative districts (板柳町, おいらせ町): data, not code. */
    public void moveToRegion(Region newRegion) {
        this.region = newRegion;
    }
}
