package jp.tsunagu.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** 支援センター, 相談支援事業所, 病院 or 事業所, located in a municipality where known. */
@Entity
@Table(name = "organization")
public class Organization {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private OrganizationKind kind;

    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "municipality_code")
    private Municipality municipality;

    protected Organization() {
    }

    public Organization(OrganizationKind kind, String name, Municipality municipality) {
        this.kind = kind;
        this.name = name;
        this.municipality = municipality;
    }

    public Long getId() {
        return id;
    }

    public OrganizationKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public Municipality getMunicipality() {
        return municipality;
    }
}
