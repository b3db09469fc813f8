package jp.tsunagu.evacuation;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import jp.tsunagu.casework.CaseInstances;

public interface EvacuationPlanRepository extends JpaRepository<EvacuationPlan, String>, CaseInstances {

    /** Our record of which instances concern the case (CaseAccess decides from it). */
    @Override
    @Query("select p.processInstanceId from EvacuationPlan p where p.caseId = :caseId")
    List<String> processInstanceIdsOf(@Param("caseId") String caseId);

    List<EvacuationPlan> findByCaseIdAndStatusIn(String caseId, Collection<PlanStatus> statuses);

    default EvacuationPlan require(String businessKey) {
        return findById(businessKey).orElseThrow(() -> new IllegalStateException("no evacuation plan " + businessKey));
    }
}
