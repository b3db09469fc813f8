package jp.tsunagu.regional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RegionalActivityRepository extends JpaRepository<RegionalActivity, String> {

    /** Some activity is of this kind: the kind is never deleted, only made inactive. */
    boolean existsByKindCode(String kindCode);

    /** The activity of a running instance; its absence is a defect, not bad input. */
    default RegionalActivity require(String businessKey) {
        return findById(businessKey).orElseThrow(() -> new IllegalStateException("no regional activity " + businessKey));
    }
}
