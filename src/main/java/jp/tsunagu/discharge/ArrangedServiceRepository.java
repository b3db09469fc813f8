package jp.tsunagu.discharge;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ArrangedServiceRepository extends JpaRepository<ArrangedService, Long> {

    List<ArrangedService> findByCaseIdOrderById(String caseId);
}
