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

    /** The staff record with this number (one person may hold several roles, one record each), or 400. */
    public StaffMember requireStaff(long id) {
        return staff.findById(id)
                .orElseThrow(() -> new InvalidInputException("職員番号 " + id + " は職員名簿にありません。"));
    }

    /** Every staff record with office and regions, by user id, for the training page. */
    public List<StaffMember> all() {
        return staff.findAllWithOffice();
    }

    /** The center records a finished training (the page writes the audit entry). */
    @Transactional
    public StaffMember addTraining(long id, Training training) {
        StaffMember member = requireStaff(id);
        if (member.getTrainings().contains(training)) {
            throw new InvalidInputException("その研修（" + training.label() + "）はすでに記録されています。");
        }
        member.addTraining(training);
        return member;
    }

    /** Removes a training entered by mistake; one that is not recorded is 400, not a silent no-op. */
    @Transactional
    public StaffMember removeTraining(long id, Training training) {
        StaffMember member = requireStaff(id);
        if (!member.removeTraining(training)) {
            throw new InvalidInputException("その研修（" + training.label() + "）は記録されていません。");
        }
        return member;
    }
}
