package jp.tsunagu.casework;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ChildCaseRepository extends JpaRepository<ChildCase, String> {

    List<ChildCase> findByHomeMunicipalityCodeOrderById(String municipalityCode);
}
