package jp.tsunagu.regional;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RegionalActivityKindRepository extends JpaRepository<RegionalActivityKind, String> {

    /** What the plan form offers, in the administrator's order. */
    List<RegionalActivityKind> findByActiveTrueOrderBySortOrderAscCodeAsc();
}
