package jp.tsunagu.activity;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ActivityRecordRepository extends JpaRepository<ActivityRecord, Long> {

    List<ActivityRecord> findByBusinessKeyOrderByActivityDateAscIdAsc(String businessKey);
}
