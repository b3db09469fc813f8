package jp.tsunagu.casework;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ChildCaseRepository extends JpaRepository<ChildCase, String> {

    List<ChildCase> findByHomeMunicipalityCodeOrderById(String municipalityCode);

    /** Cases of a status per coordinator, one grouped query (staff member id, count). */
    @Query("select new jp.tsunagu.casework.CoordinatorCaseLoad(c.coordinator.id, count(c)) from ChildCase c"
            + " where c.coordinator is not null and c.status = :status group by c.coordinator.id")
    List<CoordinatorCaseLoad> countPerCoordinator(@Param("status") CaseStatus status);
}
