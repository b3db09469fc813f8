package jp.tsunagu.organization;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MunicipalityRepository extends JpaRepository<Municipality, String> {

    List<Municipality> findByRegionIdOrderByCode(String regionId);

    long countByRegionId(String regionId);
}
