package jp.tsunagu.evacuation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EvacuationPlanVersionRepository extends JpaRepository<EvacuationPlanVersion, Long> {

    Optional<EvacuationPlanVersion> findByBusinessKeyAndNumber(String businessKey, int number);

    Optional<EvacuationPlanVersion> findFirstByBusinessKeyOrderByNumberDesc(String businessKey);

    List<EvacuationPlanVersion> findByBusinessKeyOrderByNumber(String businessKey);

    /** The version being written now: the newest one. */
    default EvacuationPlanVersion latest(String businessKey) {
        return findFirstByBusinessKeyOrderByNumberDesc(businessKey)
                .orElseThrow(() -> new IllegalStateException("no version of plan " + businessKey));
    }
}
