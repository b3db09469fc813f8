package jp.tsunagu.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StaffMemberRepository extends JpaRepository<StaffMember, Long> {

    Optional<StaffMember> findByUserIdAndRole(String userId, StaffRole role);

    List<StaffMember> findByRoleOrderByDisplayName(StaffRole role);
}
