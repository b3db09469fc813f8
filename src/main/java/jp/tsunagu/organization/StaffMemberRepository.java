package jp.tsunagu.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StaffMemberRepository extends JpaRepository<StaffMember, Long> {

    Optional<StaffMember> findByUserIdAndRole(String userId, StaffRole role);

    List<StaffMember> findByRoleOrderByDisplayName(StaffRole role);

    /** A person's records, one per role, oldest first (the first one's display name is how we name them). */
    List<StaffMember> findByUserIdOrderById(String userId);

    /** A person's records (one per role) that hold a mail address. */
    List<StaffMember> findByUserIdAndEmailIsNotNullOrderById(String userId);

    /** Staff of one role with their office, its municipality and the regions they cover, in one query. */
    @Query("select distinct s from StaffMember s left join fetch s.organization o left join fetch o.municipality"
            + " left join fetch s.regions where s.role = :role order by s.userId")
    List<StaffMember> findWithOfficeByRole(@Param("role") StaffRole role);

    /** Every staff record with its office, the office's municipality and the regions covered, by user id. */
    @Query("select distinct s from StaffMember s left join fetch s.organization o left join fetch o.municipality"
            + " left join fetch s.regions order by s.userId, s.id")
    List<StaffMember> findAllWithOffice();
}
