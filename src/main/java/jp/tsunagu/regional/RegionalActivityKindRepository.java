package jp.tsunagu.regional;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RegionalActivityKindRepository extends JpaRepository<RegionalActivityKind, String> {

    /** What the plan form offers, in the administrator's order. */
    List<RegionalActivityKind> findByActiveTrueOrderBySortOrderAscCodeAsc();

    /** Every kind, active or not, for the administrator's page. */
    List<RegionalActivityKind> findAllByOrderBySortOrderAscCodeAsc();

    boolean existsByLabel(String label);
}
