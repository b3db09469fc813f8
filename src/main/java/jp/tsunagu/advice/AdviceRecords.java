package jp.tsunagu.advice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.tsunagu.access.AccessScope;
import jp.tsunagu.access.CaseAccess;
import jp.tsunagu.audit.AuditAction;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.casework.ChildCase;
import jp.tsunagu.casework.ChildCases;
import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.organization.Municipalities;
import jp.tsunagu.organization.Municipality;
import jp.tsunagu.process.BusinessKeyPrefix;
import jp.tsunagu.process.BusinessKeys;
import jp.tsunagu.process.CurrentUser;
import jp.tsunagu.process.EngineTime;
import jp.tsunagu.process.Inputs;

/**
 * Records and lists 随時相談. What the form sends is checked as a flow's form is ({@link Inputs},
 * Japanese messages, 400); the case, if named, must be one the recorder may see
 * ({@link CaseAccess}), and the municipality one of a region they cover ({@link AdviceAccess}).
 */
@Service
public class AdviceRecords {

    static final String DATE = "adviceDate";
    static final String CHANNEL = "channel";
    static final String ASKER_KIND = "askerKind";
    static final String MUNICIPALITY = "municipalityCode";
    static final String CASE = "caseId";
    static final String MINUTES = "minutes";
    static final String GIST = "gist";
    static final int MAX_GIST = 2000;
    static final int MAX_MINUTES = 1440;
    /** The list shows the newest; the CSV has them all. */
    static final int SHOWN = 500;
    private static final String NO_SUCH_ROW = "-";

    private final AdhocAdviceRepository advice;
    private final AdviceAccess access;
    private final CaseAccess caseAccess;
    private final ChildCases cases;
    private final Municipalities municipalities;
    private final BusinessKeys businessKeys;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    public AdviceRecords(AdhocAdviceRepository advice, AdviceAccess access, CaseAccess caseAccess, ChildCases cases,
            Municipalities municipalities, BusinessKeys businessKeys, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.advice = advice;
        this.access = access;
        this.caseAccess = caseAccess;
        this.cases = cases;
        this.municipalities = municipalities;
        this.businessKeys = businessKeys;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Checks the form, stores the consultation with its key (ADV-2026-0001) and writes the audit entry. */
    @Transactional
    public AdhocAdvice record(Map<String, String> form) {
        access.requireMayRecord();
        NewAdvice checked = read(form, EngineTime.today());
        ChildCase childCase = checked.caseId() == null ? null : visibleCase(checked.caseId());
        Municipality municipality = municipalityOf(checked.municipalityCode(), childCase);
        access.requireMayRecordFor(municipality);
        String key = businessKeys.next(BusinessKeyPrefix.ADVICE);
        AdhocAdvice saved = advice.save(new AdhocAdvice(key, checked, municipality, childCase,
                currentUser.userId().orElseThrow(), clock.instant()));
        audit.record(AuditAction.ADVICE_RECORDED, childCase == null ? null : childCase.getId(), key,
                checked.channel().label() + "、" + municipality.getName() + "、" + checked.askerKind().label());
        return saved;
    }

    /** The consultations the current user may read, newest first. */
    @Transactional(readOnly = true)
    public List<AdhocAdvice> visible() {
        access.requireMayRead();
        AccessScope scope = access.scope();
        PageRequest page = PageRequest.of(0, SHOWN);
        if (scope.everything()) {
            return advice.findAllByOrderByAdviceDateDescBusinessKeyDesc(page);
        }
        return advice.findVisible(orNoRow(scope.regionIds()), orNoRow(scope.municipalityCodes()), page);
    }

    static NewAdvice read(Map<String, String> form, LocalDate today) {
        Inputs inputs = Inputs.ofForm(form);
        return new NewAdvice(
                inputs.requiredDateUntilToday(DATE, "相談日", today),
                inputs.requiredChoice(CHANNEL, "方法", AdviceChannel.class),
                inputs.requiredChoice(ASKER_KIND, "相談者の所属", AskerKind.class),
                inputs.optionalText(MUNICIPALITY, "市町村", 6).orElse(null),
                inputs.optionalText(CASE, "ケース番号", 16).orElse(null),
                inputs.optionalInteger(MINUTES, "対応時間（分）", 1, MAX_MINUTES).orElse(null),
                inputs.requiredText(GIST, "相談の要旨と対応", MAX_GIST));
    }

    /**
     * The case named, if the recorder may see it; one that does not exist answers alike, so that
     * the form is no way to learn which case numbers exist.
     */
    private ChildCase visibleCase(String caseId) {
        return cases.find(caseId).filter(caseAccess::maySee).orElseThrow(() -> new InvalidInputException(
                "ケース「" + caseId + "」は見つからないか、あなたが見られるケースではありません。ケース番号（CASE-年-番号）を確かめてください。"));
    }

    /** The municipality chosen; with a case, the child's home municipality (also when none was chosen). */
    private Municipality municipalityOf(String code, ChildCase childCase) {
        if (childCase == null) {
            if (code == null) {
                throw new InvalidInputException("「市町村」を選んでください。");
            }
            return municipalities.require(code);
        }
        Municipality home = childCase.getHomeMunicipality();
        if (code != null && !code.equals(home.getCode())) {
            throw new InvalidInputException("ケース「" + childCase.getId() + "」のお子さんは" + home.getName()
                    + "にお住まいです。「市町村」は" + home.getName() + "を選ぶか、空けておいてください。");
        }
        return home;
    }

    private static Set<String> orNoRow(Set<String> values) {
        return values.isEmpty() ? Set.of(NO_SUCH_ROW) : values;
    }
}
