package jp.tsunagu.activity;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ParticipantKindRepository extends JpaRepository<ParticipantKind, String> {

    List<ParticipantKind> findAllByOrderBySortOrderAscCodeAsc();
}
