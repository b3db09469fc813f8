package jp.tsunagu.discharge;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DischargeRepository extends JpaRepository<Discharge, String> {

    default Discharge require(String businessKey) {
        return findById(businessKey).orElseThrow(() -> new IllegalStateException("no discharge " + businessKey));
    }
}
