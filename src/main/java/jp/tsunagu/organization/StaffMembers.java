package jp.tsunagu.organization;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.tsunagu.common.InvalidInputException;

/** Looks up staff records for what people enter (a coordinator's user id in a form). */
@Service
@Transactional(readOnly = true)
public class StaffMembers {

    private final StaffMemberRepository staff;

    public StaffMembers(StaffMemberRepository staff) {
        this.staff = staff;
    }

    /** Every coordinator of the staff records, with office, its municipality and regions loaded. */
    public List<StaffMember> coordinators() {
        return staff.findWithOfficeByRole(StaffRole.COORDINATOR);
    }

    public StaffMember requireCoordinator(String userId) {
        return staff.findByUserIdAndRole(userId, StaffRole.COORDINATOR)
                .orElseThrow(() -> new InvalidInputException("「" + userId + "」は登録されているコーディネーターではありません。"));
    }

    /** The staff member with this user id (any role), or 400 naming it. */
    public StaffMember requireStaff(String userId) {
        return staff.findAll().stream().filter(member -> member.getUserId().equals(userId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("「" + userId + "」は職員名簿にいません。"));
    }

    /** Every staff member by user id, for the training page. */
    public List<StaffMember> all() {
        return staff.findAll().stream().sorted(java.util.Comparator.comparing(StaffMember::getUserId)).toList();
    }

    /** The center records a finished training (the page writes the audit entry). */
    @Transactional
    public StaffMember addTraining(String userId, Training training) {
        StaffMember member = requireStaff(userId);
        member.addTraining(training);
        return member;
    }

    @Transactional
    public StaffMember removeTraining(String userId, Training training) {
        StaffMember member = requireStaff(userId);
        if (!member.removeTraining(training)) {
            throw new InvalidInputException("その研修（" + training.label() + "）は記録されていません。");
        }
        return member;
    }
}
