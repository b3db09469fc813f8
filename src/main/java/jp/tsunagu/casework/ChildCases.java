package jp.tsunagu.casework;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.organization.Municipalities;
import jp.tsunagu.organization.Municipality;
import jp.tsunagu.organization.StaffMembers;
import jp.tsunagu.process.BusinessKeyPrefix;
import jp.tsunagu.process.BusinessKeys;
import jp.tsunagu.process.EngineTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens and finds children's cases; every entry point that names a case goes through here. */
@Service
@Transactional
public class ChildCases {

    static final int MAX_LABEL_LENGTH = 64;

    private final ChildCaseRepository cases;
    private final Municipalities municipalities;
    private final BusinessKeys businessKeys;
    private final StaffMembers staff;
    private final Clock clock;

    public ChildCases(ChildCaseRepository cases, Municipalities municipalities,
            BusinessKeys businessKeys, StaffMembers staff, Clock clock) {
        this.cases = cases;
        this.municipalities = municipalities;
        this.businessKeys = businessKeys;
        this.staff = staff;
        this.clock = clock;
    }

    public ChildCase open(NewChildCase request) {
        Municipality home = municipalities.require(request.homeMunicipalityCode());
        String label = requireLabel(request.label());
        YearMonth birth = requireBirth(request.birth());
        if (request.physicianScore() != null && request.physicianScore() < 0) {
            throw new InvalidInputException("医療的ケア判定スコアは0以上の数で入力してください。");
        }
        String id = businessKeys.next(BusinessKeyPrefix.CASE);
        return cases.save(new ChildCase(id, label, birth, home, request.careItems(),
                request.physicianScore(), clock.instant()));
    }

    /**
     * ケース登録: a child who already lives at home gets a case directly (no discharge opens one),
     * with the coordinator who already works with the family, if any, from the staff records.
     * Who may register for which municipality is the caller's question (CaseAccess).
     */
    public ChildCase register(NewChildCase request, String coordinatorUserId) {
        var coordinator = coordinatorUserId == null ? null : staff.requireCoordinator(coordinatorUserId);
        ChildCase opened = open(request);
        if (coordinator != null) {
            opened.assignCoordinator(coordinator);
        }
        return opened;
    }

    /** The case of an id someone entered; an unknown id is refused with a Japanese message. */
    @Transactional(readOnly = true)
    public ChildCase require(String caseId) {
        return find(caseId, cases::findById);
    }

    /** The case by its number, if there is one (a blank number is none). */
    public Optional<ChildCase> find(String caseId) {
        return caseId == null || caseId.isBlank() ? Optional.empty() : cases.findById(caseId.strip());
    }

    /**
     * The case, locked until the caller's transaction ends, for a check that must see every
     * start for the same child (a second active plan): two starts at once are taken in turn.
     */
    @Transactional
    public ChildCase requireLocked(String caseId) {
        return find(caseId, cases::findForUpdate);
    }

    private static ChildCase find(String caseId, Function<String, Optional<ChildCase>> lookup) {
        if (caseId == null || caseId.isBlank()) {
            throw new InvalidInputException("ケース番号（CASE-年-番号）を入力してください。");
        }
        return lookup.apply(caseId.strip())
                .orElseThrow(() -> new InvalidInputException("ケース「" + caseId.strip() + "」は見つかりません。"));
    }

    /** Assigns a coordinator from the staff records; someone who is not a coordinator is refused. */
    public ChildCase assignCoordinator(String caseId, String coordinatorUserId) {
        ChildCase childCase = require(caseId);
        childCase.assignCoordinator(staff.requireCoordinator(coordinatorUserId));
        return childCase;
    }

    /**
     * How many active cases each coordinator has (staff member id to count; none means zero):
     * what the center weighs for experience, and to spread cases over trained coordinators.
     */
    @Transactional(readOnly = true)
    public Map<Long, Long> activeCasesPerCoordinator() {
        return cases.countPerCoordinator(CaseStatus.ACTIVE).stream()
                .collect(Collectors.toMap(CoordinatorCaseLoad::staffMemberId, CoordinatorCaseLoad::cases));
    }

    /** The family moved: the case's home municipality (and with it routing and access) changes. */
    public ChildCase moveTo(String caseId, String municipalityCode) {
        ChildCase childCase = require(caseId);
        childCase.moveTo(municipalities.require(municipalityCode));
        return childCase;
    }

    private static String requireLabel(String label) {
        if (label == null || label.isBlank()) {
            throw new InvalidInputException("ケースの呼び名（例: Aさん）を入力してください。氏名は入力しないでください。");
        }
        if (label.strip().length() > MAX_LABEL_LENGTH) {
            throw new InvalidInputException("ケースの呼び名は" + MAX_LABEL_LENGTH + "文字以内で入力してください。");
        }
        return label.strip();
    }

    private YearMonth requireBirth(YearMonth birth) {
        if (birth == null) {
            throw new InvalidInputException("生年月を入力してください。");
        }
        if (birth.isAfter(YearMonth.now(clock.withZone(EngineTime.JAPAN)))) {
            throw new InvalidInputException("生年月に未来の年月は入力できません。");
        }
        return birth;
    }
}
