package jp.tsunagu.discharge;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import jp.tsunagu.casework.CaseInstances;

public interface DischargeRepository extends JpaRepository<Discharge, String>, CaseInstances {

    /** Our record of which instances concern the case (CaseAccess decides from it). */
    @Override
    @Query("select d.processInstanceId from Discharge d where d.caseId = :caseId")
    List<String> processInstanceIdsOf(@Param("caseId") String caseId);

    default Discharge require(String businessKey) {
        return findById(businessKey).orElseThrow(() -> new IllegalStateException("no discharge " + businessKey));
    }
}
