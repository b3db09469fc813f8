package jp.tsunagu.activity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the free text that records had before participants were counted by kind ("本人、母、
 * 祖母、コーディネーター、圏域アドバイザー", 5名) and says what it can honestly say in kinds
 * ({@link V46__Participants_from_roles} uses it on the old records):
 *
 * <ul>
 * <li>each part of the text (split at 、,・ and spaces) is matched to a kind by its words:
 * 保健師 → 市町村（保健）, 相談支援専門員 → 相談支援事業所, 看護師 → 病院 but 訪問看護師 → 訪問看護,
 * a bare 市町村, 行政 or a town's name → 市町村（福祉） (the seed's municipal participant is the
 * welfare division unless it says otherwise);</li>
 * <li>when every part is one person of a known kind and the parts add up to the count, the count
 * is split exactly (本人・家族 3, コーディネーター 1, 圏域アドバイザー 1);</li>
 * <li>otherwise (等, 職員, 担当者, a part no kind fits, a count that does not add up) each part
 * that names a kind counts 1 for it, which is certain (at least one person came), and the rest of
 * the count stays together under その他; when the parts named are more than the count, the whole
 * count stays under その他;</li>
 * <li>a record of 「多数」 keeps its total 0; the parts that name a kind count 1 each (who was there).</li>
 * </ul>
 * The text itself stays on the record as the remark: nothing is lost, unmapped words included.
 */
public final class ParticipantRolesText {

    private static final Pattern SEPARATORS = Pattern.compile("[、，,・／/\\s]+");
    /** A part that stands for several people or an unknown number of them. */
    private static final Pattern SEVERAL = Pattern.compile(
            "等|など|ほか|他$|職員|担当者|スタッフ|委員|オブザーバー|修了者|家族|祖父母|両親|圏域内|関係者|問わず|[0-9０-９]+名|（.*）|\\(.*\\)");

    /** First match wins: the more specific words come before the words they contain. */
    private static final List<Map.Entry<String, List<String>>> RULES = List.of(
            Map.entry("ADVISER", List.of("圏域アドバイザー", "アドバイザー")),
            Map.entry("HOME_NURSING", List.of("訪問看護")),
            Map.entry("CONSULTATION_OFFICE", List.of("相談支援事業所", "相談支援専門員")),
            Map.entry("COORDINATOR", List.of("コーディネーター", "コーディーネーター")),
            Map.entry("CENTER", List.of("支援センター")),
            Map.entry("HEALTH_CENTER", List.of("保健所")),
            Map.entry("MUNICIPAL_HEALTH", List.of("保健師", "保健")),
            Map.entry("EDUCATION_BOARD", List.of("教育委員会")),
            Map.entry("SCHOOL", List.of("学校")),
            Map.entry("NURSERY", List.of("保育所", "保育園", "幼稚園", "こども園")),
            Map.entry("MUNICIPAL_CHILDCARE", List.of("保育")),
            Map.entry("MUNICIPAL_EDUCATION", List.of("教育")),
            Map.entry("HOSPITAL", List.of("病院", "医療機関", "看護師", "医師", "主治医")),
            Map.entry("FIRE_STATION", List.of("消防")),
            Map.entry("WELFARE_COMMISSIONER", List.of("民生委員")),
            Map.entry("SERVICE_PROVIDER", List.of("放課後等デイサービス", "児童発達支援", "事業所", "施設", "短期入所", "居宅介護")),
            Map.entry("FAMILY", List.of("本人", "母", "父", "祖母", "祖父", "家族", "保護者", "当事者", "兄", "姉", "弟", "妹", "両親")),
            Map.entry("PREFECTURE", List.of("県")),
            Map.entry("MUNICIPAL_WELFARE", List.of("市町村", "行政", "自治体", "福祉", "役場", "市", "町", "村")));

    private ParticipantRolesText() {
    }

    /** The kind one part of the text names, if any. */
    static Optional<String> kindOf(String part) {
        for (Map.Entry<String, List<String>> rule : RULES) {
            if (rule.getValue().stream().anyMatch(part::contains)) {
                return Optional.of(rule.getKey());
            }
        }
        return Optional.empty();
    }

    /** The counts by kind that the text and the old total honestly give (see the class comment). */
    public static List<ParticipantCount> split(String roles, int total, boolean many) {
        List<String> parts = roles == null ? List.of()
                : SEPARATORS.splitAsStream(roles.strip()).filter(part -> !part.isEmpty()).toList();
        Map<String, Integer> perPart = new LinkedHashMap<>();
        boolean exact = !parts.isEmpty();
        for (String part : parts) {
            Optional<String> kind = kindOf(part);
            kind.ifPresent(code -> perPart.merge(code, 1, Integer::sum));
            exact &= kind.isPresent() && !SEVERAL.matcher(part).find();
        }
        List<ParticipantCount> named = perPart.entrySet().stream()
                .map(entry -> new ParticipantCount(entry.getKey(), entry.getValue())).toList();
        int rest = total - named.stream().mapToInt(ParticipantCount::count).sum();
        if (many || (exact && rest == 0)) {
            return named;
        }
        if (rest < 0) {
            return total == 0 ? List.of() : List.of(new ParticipantCount(ParticipantKind.OTHER, total));
        }
        List<ParticipantCount> counts = new ArrayList<>(named);
        if (rest > 0) {
            counts.add(new ParticipantCount(ParticipantKind.OTHER, rest));
        }
        return counts;
    }
}
