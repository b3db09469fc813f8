package jp.tsunagu.evacuation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.VariableScope;

import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.process.Variable;

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

    // The plan's own fields, each spelled once: read, filled and removed through these.
    static final Variable<String> PERSON_NAME = Variable.text("personName", "本人の氏名", 100);
    static final Variable<LocalDate> PERSON_BIRTH_DATE = Variable.date("personBirthDate", "生年月日");
    static final Variable<String> PERSON_ADDRESS = Variable.text("personAddress", "住所", 300);
    static final Variable<String> PERSON_PHONE = Variable.text("personPhone", "電話番号", 40);
    static final Variable<String> EMERGENCY_CONTACTS = Variable.text("emergencyContacts", "緊急連絡先", 1000);
    static final Variable<String> NEEDS_HELP_REASON = Variable.text("needsHelpReason", "避難に支援が必要な理由", 1000);
    static final Variable<String> CARE_POINTS = Variable.text("carePoints", "避難時の配慮事項", 2000);
    static final Variable<String> DESTINATION = Variable.text("destination", "避難先", 300);
    static final Variable<String> ROUTE = Variable.text("route", "避難経路", 1000);
    static final Variable<Integer> TRAVEL_MINUTES = Variable.integer("travelMinutes", "避難先までの所要時間（分）", 1, 24 * 60);
    static final Variable<String> TRANSPORT = Variable.text("transport", "移動手段", 300);
    static final Variable<String> WARNING_METHOD = Variable.text("warningMethod", "情報（警報・避難情報）の伝達方法", 1000);
    static final Variable<String> RECEIVING_HOSPITAL = Variable.text("receivingHospital", "受入れ病院", 300);
    static final Variable<String> RECEIVING_HOSPITAL_PHONE = Variable.text("receivingHospitalPhone", "受入れ病院の電話番号", 40);
    static final Variable<String> HOME_DOCTOR = Variable.text("homeDoctor", "かかりつけ医（医療機関・医師名）", 300);
    static final Variable<String> HOME_DOCTOR_PHONE = Variable.text("homeDoctorPhone", "かかりつけ医の電話番号", 40);
    static final Variable<String> MUNICIPALITY_PHONE = Variable.text("municipalityPhone", "市町村の担当窓口の電話番号", 40);
    static final Variable<String> POWER_PLAN = Variable.text("powerPlan", "電源の確保（バッテリー→蓄電池→車→発電機）", 2000);
    static final Variable<String> MEDICINES_AND_SUPPLIES = Variable.text("medicinesAndSupplies", "持ち出す薬・衛生材料", 2000);
    static final Variable<String> SAFETY_CONFIRMATION = Variable.text("safetyConfirmation", "災害後の安否確認の方法", 1000);

    /** A single field of the plan and where the draft holds it. */
    private record Field<T>(Variable<T> variable, Function<PlanDraft, T> value) {
        void fill(Map<String, Object> fields, PlanDraft draft) {
            variable.putInto(fields, value.apply(draft));
        }
    }

    private static final List<Field<?>> FIELDS = List.of(
            new Field<>(PERSON_NAME, PlanDraft::personName),
            new Field<>(PERSON_BIRTH_DATE, PlanDraft::personBirthDate),
            new Field<>(PERSON_ADDRESS, PlanDraft::personAddress),
            new Field<>(PERSON_PHONE, PlanDraft::personPhone),
            new Field<>(EMERGENCY_CONTACTS, PlanDraft::emergencyContacts),
            new Field<>(NEEDS_HELP_REASON, PlanDraft::needsHelpReason),
            new Field<>(CARE_POINTS, PlanDraft::carePoints),
            new Field<>(DESTINATION, PlanDraft::destination),
            new Field<>(ROUTE, PlanDraft::route),
            new Field<>(TRAVEL_MINUTES, PlanDraft::travelMinutes),
            new Field<>(TRANSPORT, PlanDraft::transport),
            new Field<>(WARNING_METHOD, PlanDraft::warningMethod),
            new Field<>(RECEIVING_HOSPITAL, PlanDraft::receivingHospital),
            new Field<>(RECEIVING_HOSPITAL_PHONE, PlanDraft::receivingHospitalPhone),
            new Field<>(HOME_DOCTOR, PlanDraft::homeDoctor),
            new Field<>(HOME_DOCTOR_PHONE, PlanDraft::homeDoctorPhone),
            new Field<>(MUNICIPALITY_PHONE, PlanDraft::municipalityPhone),
            new Field<>(POWER_PLAN, PlanDraft::powerPlan),
            new Field<>(MEDICINES_AND_SUPPLIES, PlanDraft::medicinesAndSupplies),
            new Field<>(SAFETY_CONFIRMATION, PlanDraft::safetyConfirmation));

    private PlanForm() {
    }

    // The slots: supporter1Name … supporter3Phone, device1Name … device4BatteryHours.

    static Variable<String> supporterName(int slot) {
        return Variable.text("supporter" + slot + "Name", "避難支援者" + slot + "の氏名", 100);
    }

    static Variable<String> supporterRelation(int slot) {
        return Variable.text("supporter" + slot + "Relation", "避難支援者" + slot + "との関係", 100);
    }

    static Variable<String> supporterPhone(int slot) {
        return Variable.text("supporter" + slot + "Phone", "避難支援者" + slot + "の連絡先", 40);
    }

    static Variable<String> deviceName(int slot) {
        return Variable.text("device" + slot + "Name", "医療機器" + slot + "の名称", 100);
    }

    /** Labelled with the device's name once it is known (「吸引器の消費電力（W）」). */
    static Variable<Integer> deviceWatts(int slot) {
        return Variable.integer("device" + slot + "Watts", "医療機器" + slot + "の消費電力（W）", 1, MAX_WATTS);
    }

    /** Hours with one decimal (0.5): read by {@link #hours}, whose message asks for 0 when there is no battery. */
    static String deviceBatteryHours(int slot) {
        return "device" + slot + "BatteryHours";
    }

    /** Devices entered in slots device1..device4 (name, watts, battery hours); empty slots are skipped. */
    static List<Device> readDevices(VariableScope scope) {
        List<Device> devices = new ArrayList<>();
        for (int i = 1; i <= DEVICE_SLOTS; i++) {
            Optional<String> name = deviceName(i).optional(scope);
            if (name.isEmpty()) {
                continue;
            }
            int watts = deviceWatts(i).labelled(name.get() + "の消費電力（W）").required(scope);
            BigDecimal hours = hours(scope.getVariable(deviceBatteryHours(i)), name.get());
            devices.add(new Device(name.get(), watts, hours));
        }
        return devices;
    }

    static PlanDraft read(VariableScope scope) {
        return new PlanDraft(
                text(scope, PERSON_NAME),
                PERSON_BIRTH_DATE.optional(scope).orElse(null),
                text(scope, PERSON_ADDRESS),
                text(scope, PERSON_PHONE),
                text(scope, EMERGENCY_CONTACTS),
                text(scope, NEEDS_HELP_REASON),
                text(scope, CARE_POINTS),
                readSupporters(scope),
                text(scope, DESTINATION),
                text(scope, ROUTE),
                TRAVEL_MINUTES.optional(scope).orElse(null),
                text(scope, TRANSPORT),
                text(scope, WARNING_METHOD),
                text(scope, RECEIVING_HOSPITAL),
                text(scope, RECEIVING_HOSPITAL_PHONE),
                text(scope, HOME_DOCTOR),
                text(scope, HOME_DOCTOR_PHONE),
                text(scope, MUNICIPALITY_PHONE),
                readDevices(scope),
                text(scope, POWER_PLAN),
                text(scope, MEDICINES_AND_SUPPLIES),
                text(scope, SAFETY_CONFIRMATION));
    }

    /** The form's fields for a version, so the drafting form opens with what was written before. */
    static Map<String, Object> of(EvacuationPlanVersion version) {
        Map<String, Object> fields = new HashMap<>();
        PlanDraft draft = version.draftOfThis();
        FIELDS.forEach(field -> field.fill(fields, draft));
        for (int i = 0; i < draft.supporters().size(); i++) {
            Supporter supporter = draft.supporters().get(i);
            supporterName(i + 1).putInto(fields, supporter.name());
            supporterRelation(i + 1).putInto(fields, supporter.relation());
            supporterPhone(i + 1).putInto(fields, supporter.phone());
        }
        for (int i = 0; i < draft.devices().size(); i++) {
            Device device = draft.devices().get(i);
            fields.put(deviceName(i + 1).name(), device.name());
            fields.put(deviceWatts(i + 1).name(), device.watts());
            fields.put(deviceBatteryHours(i + 1), device.batteryHours().doubleValue());
        }
        fields.put(REVISION, version.getVersion());
        return fields;
    }

    /** Every field name of the form, to remove them once the version holds them. */
    static List<String> names() {
        List<String> names = new ArrayList<>(FIELDS.stream().map(field -> field.variable().name()).toList());
        names.add(REVISION);
        for (int i = 1; i <= SUPPORTER_SLOTS; i++) {
            names.addAll(List.of(supporterName(i).name(), supporterRelation(i).name(), supporterPhone(i).name()));
        }
        for (int i = 1; i <= DEVICE_SLOTS; i++) {
            names.addAll(List.of(deviceName(i).name(), deviceWatts(i).name(), deviceBatteryHours(i)));
        }
        return names;
    }

    private static List<Supporter> readSupporters(VariableScope scope) {
        List<Supporter> supporters = new ArrayList<>();
        for (int i = 1; i <= SUPPORTER_SLOTS; i++) {
            Optional<String> name = supporterName(i).optional(scope);
            Optional<String> phone = supporterPhone(i).optional(scope);
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
            String relation = supporterRelation(i).optional(scope).orElse(null);
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

    private static String text(VariableScope scope, Variable<String> field) {
        return field.optional(scope).orElse(null);
    }
}
