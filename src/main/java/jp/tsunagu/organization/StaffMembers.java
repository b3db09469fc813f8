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
}
