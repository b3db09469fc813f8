package jp.tsunagu.dispatch;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import jp.tsunagu.casework.CaseInstances;

public interface DispatchRequestRepository extends JpaRepository<DispatchRequest, String>, CaseInstances {

    /** Our record of which instances concern the case (CaseAccess decides from it). */
    @Override
    @Query("select r.processInstanceId from DispatchRequest r where r.caseId = :caseId")
    List<String> processInstanceIdsOf(@Param("caseId") String caseId);

    /** The request of a running instance; its absence is a defect, not bad input. */
    default DispatchRequest require(String businessKey) {
        return findById(businessKey).orElseThrow(() -> new IllegalStateException(
                "no dispatch request " + businessKey));
    }

    /** The requests this person made, newest first (「申込の状況」). */
    java.util.List<DispatchRequest> findByRequesterUserIdOrderByCreatedAtDesc(String requesterUserId);
}
