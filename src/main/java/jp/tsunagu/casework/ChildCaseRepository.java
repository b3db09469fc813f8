package jp.tsunagu.casework;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ChildCaseRepository extends JpaRepository<ChildCase, String> {

    List<ChildCase> findByHomeMunicipalityCodeOrderById(String municipalityCode);

    /** The case, its row locked until the transaction ends: one start at a time per child. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ChildCase c where c.id = :id")
    Optional<ChildCase> findForUpdate(@Param("id") String id);

    /** Cases of a status per coordinator, one grouped query (staff member id, count). */
    @Query("select new jp.tsunagu.casework.CoordinatorCaseLoad(c.coordinator.id, count(c)) from ChildCase c"
            + " where c.coordinator is not null and c.status = :status group by c.coordinator.id")
    List<CoordinatorCaseLoad> countPerCoordinator(@Param("status") CaseStatus status);
}
