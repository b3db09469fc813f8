package jp.tsunagu.organization;

import java.util.List;
import java.util.Optional;

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

    /** The work mail address of a person's staff record, if they have one (the first record that has it). */
    public Optional<String> emailOf(String userId) {
        return staff.findByUserIdAndEmailIsNotNullOrderById(userId).stream().map(StaffMember::getEmail).findFirst();
    }

    public StaffMember requireCoordinator(String userId) {
        return staff.findByUserIdAndRole(userId, StaffRole.COORDINATOR)
                .orElseThrow(() -> new InvalidInputException("「" + userId + "」は登録されているコーディネーターではありません。"));
    }
}
