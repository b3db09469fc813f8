package jp.tsunagu.advice;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AdhocAdviceRepository extends JpaRepository<AdhocAdvice, String> {

    /** Every consultation, newest first: for those who see everything. */
    List<AdhocAdvice> findAllByOrderByAdviceDateDescBusinessKeyDesc(Pageable page);

    /**
     * The consultations of these regions or about these municipalities, newest first. The
     * collections are never empty (the caller puts in a value no row has), as SQL's "in ()" is not valid.
     */
    @Query("""
            select a from AdhocAdvice a
            where a.region.id in :regions or a.municipality.code in :municipalities
            order by a.adviceDate desc, a.businessKey desc""")
    List<AdhocAdvice> findVisible(@Param("regions") Collection<String> regions,
            @Param("municipalities") Collection<String> municipalities, Pageable page);
}
