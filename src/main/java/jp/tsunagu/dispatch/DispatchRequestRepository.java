package jp.tsunagu.dispatch;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DispatchRequestRepository extends JpaRepository<DispatchRequest, String> {

    /** The request of a running instance; its absence is a defect, not bad input. */
    default DispatchRequest require(String businessKey) {
        return findById(businessKey).orElseThrow(() -> new IllegalStateException(
                "no dispatch request " + businessKey));
    }

    /** The requests this person made, newest first (「申込の状況」). */
    java.util.List<DispatchRequest> findByRequesterUserIdOrderByCreatedAtDesc(String requesterUserId);
}
