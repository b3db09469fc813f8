package jp.tsunagu.evacuation;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EvacuationPlanRepository extends JpaRepository<EvacuationPlan, String> {

    List<EvacuationPlan> findByCaseIdAndStatusIn(String caseId, Collection<PlanStatus> statuses);

    default EvacuationPlan require(String businessKey) {
        return findById(businessKey).orElseThrow(() -> new IllegalStateException("no evacuation plan " + businessKey));
    }
}
