package jp.tsunagu.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    Page<AuditEntry> findAllByOrderByIdDesc(Pageable page);

    Page<AuditEntry> findByCaseIdOrderByIdDesc(String caseId, Pageable page);

    long countByCaseIdAndAction(String caseId, AuditAction action);
}
