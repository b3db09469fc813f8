package jp.tsunagu.evacuation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.VariableScope;

import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.process.Inputs;

/**
 * The fields of forms/evacuation-draft.form (and the device fields of the first meeting's
 * form): filled from the latest version when the drafting task opens, read and checked when
 * it is completed, then removed from the instance. Fixed slots (3 supporters, 4 devices) keep
 * the Camunda form simple for busy staff.
 */
public final class PlanForm {

    static final int SUPPORTER_SLOTS = 3;
    static final int DEVICE_SLOTS = 4;
    static final int MAX_WATTS = 3000;
    static final int MAX_BATTERY_HOURS = 168;
    /** The draft's JPA version when the form was opened: a later change by someone else is detected. */
    public static final String REVISION = "planRevision";

    private static final String[] TEXT_FIELDS = {"personName", "personAddress", "personPhone", "emergencyContacts",
        "needsHelpReason", "carePoints", "destination", "route", "transport", "warningMethod", "receivingHospital",
        "powerPlan", "medicinesAndSupplies", "safetyConfirmation"};

    private PlanForm() {
    }

    /** Devices entered in slots device1..device4 (name, watts, battery hours); empty slots are skipped. */
    static List<Device> readDevices(VariableScope scope) {
        Inputs inputs = Inputs.of(scope);
        List<Device> devices = new ArrayList<>();
        for (int i = 1; i <= DEVICE_SLOTS; i++) {
            Optional<String> name = inputs.optionalText("device" + i + "Name", "医療機器" + i + "の名称", 100);
            if (name.isEmpty()) {
                continue;
            }
            int watts = inputs.requiredInteger("device" + i + "Watts", name.get() + "の消費電力（W）", 1, MAX_WATTS);
            BigDecimal hours = hours(scope.getVariable("device" + i + "BatteryHours"), name.get());
            devices.add(new Device(name.get(), watts, hours));
        }
        return devices;
    }

    static PlanDraft read(VariableScope scope) {
        Inputs inputs = Inputs.of(scope);
        return new PlanDraft(
                text(inputs, "personName", "本人の氏名", 100),
                scope.getVariable("personBirthDate") == null ? null : inputs.requiredDate("personBirthDate", "生年月日"),
                text(inputs, "personAddress", "住所", 300),
                text(inputs, "personPhone", "電話番号", 40),
                text(inputs, "emergencyContacts", "緊急連絡先", 1000),
                text(inputs, "needsHelpReason", "避難に支援が必要な理由", 1000),
                text(inputs, "carePoints", "避難時の配慮事項", 2000),
                readSupporters(inputs),
                text(inputs, "destination", "避難先", 300),
                text(inputs, "route", "避難経路", 1000),
                inputs.optionalInteger("travelMinutes", "避難先までの所要時間（分）", 1, 24 * 60).orElse(null),
                text(inputs, "transport", "移動手段", 300),
                text(inputs, "warningMethod", "情報（警報・避難情報）の伝達方法", 1000),
                text(inputs, "receivingHospital", "受入れ病院", 300),
                readDevices(scope),
                text(inputs, "powerPlan", "電源の確保（バッテリー→蓄電池→車→発電機）", 2000),
                text(inputs, "medicinesAndSupplies", "持ち出す薬・衛生材料", 2000),
                text(inputs, "safetyConfirmation", "災害後の安否確認の方法", 1000));
    }

    /** The form's fields for a version, so the drafting form opens with what was written before. */
    static Map<String, Object> of(EvacuationPlanVersion version) {
        Map<String, Object> fields = new HashMap<>();
        PlanDraft draft = version.draftOfThis();
        putIfPresent(fields, "personName", draft.personName());
        putIfPresent(fields, "personBirthDate", draft.personBirthDate() == null ? null : draft.personBirthDate().toString());
        putIfPresent(fields, "personAddress", draft.personAddress());
        putIfPresent(fields, "personPhone", draft.personPhone());
        putIfPresent(fields, "emergencyContacts", draft.emergencyContacts());
        putIfPresent(fields, "needsHelpReason", draft.needsHelpReason());
        putIfPresent(fields, "carePoints", draft.carePoints());
        putIfPresent(fields, "destination", draft.destination());
        putIfPresent(fields, "route", draft.route());
        putIfPresent(fields, "travelMinutes", draft.travelMinutes());
        putIfPresent(fields, "transport", draft.transport());
        putIfPresent(fields, "warningMethod", draft.warningMethod());
        putIfPresent(fields, "receivingHospital", draft.receivingHospital());
        putIfPresent(fields, "powerPlan", draft.powerPlan());
        putIfPresent(fields, "medicinesAndSupplies", draft.medicinesAndSupplies());
        putIfPresent(fields, "safetyConfirmation", draft.safetyConfirmation());
        for (int i = 0; i < draft.supporters().size(); i++) {
            Supporter supporter = draft.supporters().get(i);
            putIfPresent(fields, "supporter" + (i + 1) + "Name", supporter.name());
            putIfPresent(fields, "supporter" + (i + 1) + "Relation", supporter.relation());
            putIfPresent(fields, "supporter" + (i + 1) + "Phone", supporter.phone());
        }
        for (int i = 0; i < draft.devices().size(); i++) {
            Device device = draft.devices().get(i);
            fields.put("device" + (i + 1) + "Name", device.name());
            fields.put("device" + (i + 1) + "Watts", device.watts());
            fields.put("device" + (i + 1) + "BatteryHours", device.batteryHours().doubleValue());
        }
        fields.put(REVISION, version.getVersion());
        return fields;
    }

    /** Every field name of the form, to remove them once the version holds them. */
    static List<String> names() {
        List<String> names = new ArrayList<>(List.of(TEXT_FIELDS));
        names.addAll(List.of("personBirthDate", "travelMinutes", REVISION));
        for (int i = 1; i <= SUPPORTER_SLOTS; i++) {
            names.addAll(List.of("supporter" + i + "Name", "supporter" + i + "Relation", "supporter" + i + "Phone"));
        }
        for (int i = 1; i <= DEVICE_SLOTS; i++) {
            names.addAll(List.of("device" + i + "Name", "device" + i + "Watts", "device" + i + "BatteryHours"));
        }
        return names;
    }

    private static List<Supporter> readSupporters(Inputs inputs) {
        List<Supporter> supporters = new ArrayList<>();
        for (int i = 1; i <= SUPPORTER_SLOTS; i++) {
            Optional<String> name = inputs.optionalText("supporter" + i + "Name", "避難支援者" + i + "の氏名", 100);
            Optional<String> phone = inputs.optionalText("supporter" + i + "Phone", "避難支援者" + i + "の連絡先", 40);
            if (name.isEmpty() && phone.isEmpty()) {
                continue;
            }
            if (name.isEmpty()) {
                throw new InvalidInputException("避難支援者" + i + "の氏名を入力してください。");
            }
            if (phone.isEmpty()) {
                throw new InvalidInputException("避難支援者「" + name.get() + "」の連絡先（電話番号）を入力してください。"
                        + "連絡のつかない支援者は計画に載せられません。");
            }
            String relation = inputs.optionalText("supporter" + i + "Relation", "避難支援者" + i + "との関係", 100).orElse(null);
            supporters.add(new Supporter(name.get(), relation, phone.get()));
        }
        return supporters;
    }

    private static BigDecimal hours(Object value, String deviceName) {
        String label = "「" + deviceName + "」のバッテリー駆動時間（時間）";
        BigDecimal hours;
        try {
            hours = value instanceof Number number ? new BigDecimal(number.toString())
                    : value instanceof String text ? new BigDecimal(text.strip()) : null;
        } catch (NumberFormatException e) {
            hours = null;
        }
        if (hours == null) {
            throw new InvalidInputException(label + "を数で入力してください（なければ 0）。");
        }
        if (hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(MAX_BATTERY_HOURS)) > 0) {
            throw new InvalidInputException(label + "は0から" + MAX_BATTERY_HOURS + "までで入力してください。");
        }
        return hours.setScale(1, java.math.RoundingMode.HALF_UP);
    }

    private static String text(Inputs inputs, String variable, String label, int max) {
        return inputs.optionalText(variable, label, max).orElse(null);
    }

    private static void putIfPresent(Map<String, Object> fields, String name, Object value) {
        if (value != null) {
            fields.put(name, value);
        }
    }
}
