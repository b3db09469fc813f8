package jp.tsunagu.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jp.tsunagu.organization.Municipality;
import jp.tsunagu.organization.MunicipalityRepository;
import jp.tsunagu.organization.Organization;
import jp.tsunagu.organization.StaffMember;
import jp.tsunagu.organization.StaffMembers;
import jp.tsunagu.routing.GroupIds;

/**
 * Fills a Camunda Form's choices from our tables for the person who opens it (issue 24): a start
 * form has no variables to take options from, so the form itself carries them. A component
 * marks what it wants in its form-js custom properties:
 * <ul>
 * <li>{@value #OPTIONS} = {@value #COORDINATORS}: a select's {@code values} become the coordinators
 * of the staff records, 「下北圏域コーディネーター（むつ市）」 (name and the office's municipality),
 * value the user id; nothing of any child travels;</li>
 * <li>{@value #DEFAULT} = {@value #OWN_MUNICIPALITY}: a municipal officer's own municipality is
 * pre-selected, from their group membership in the identity tables (never from the URL or the
 * form); someone in no or in several municipality groups (the center, advisers) gets no default.</li>
 * </ul>
 * What is chosen is still checked by the flow's delegate (a crafted submit bypasses any list):
 * {@link StaffMembers#requireCoordinator}, {@code StartRights}.
 */
@Component
public class FormChoices {

    public static final String OPTIONS = "tsunagu.options";
    public static final String COORDINATORS = "coordinators";
    public static final String DEFAULT = "tsunagu.default";
    public static final String OWN_MUNICIPALITY = "ownMunicipality";

    private final StaffMembers staff;
    private final MunicipalityRepository municipalities;
    private final IdentityService identity;

    public FormChoices(StaffMembers staff, MunicipalityRepository municipalities, IdentityService identity) {
        this.staff = staff;
        this.municipalities = municipalities;
        this.identity = identity;
    }

    /** Whether any component of the form asks for choices: a form without any is left as it came. */
    public static boolean wantsChoices(JsonNode form) {
        for (JsonNode component : form.path("components")) {
            JsonNode properties = component.path("properties");
            if (properties.has(OPTIONS) || properties.has(DEFAULT) || wantsChoices(component)) {
                return true;
            }
        }
        return false;
    }

    /** Fills the marked components of {@code form} in place for {@code userId}. */
    @Transactional(readOnly = true)
    public void fill(ObjectNode form, String userId) {
        Lazy<List<Option>> coordinators = new Lazy<>(this::coordinatorOptions);
        Lazy<Optional<String>> ownMunicipality = new Lazy<>(() -> ownMunicipality(userId));
        fill(form, coordinators, ownMunicipality);
    }

    private void fill(JsonNode container, Lazy<List<Option>> coordinators, Lazy<Optional<String>> ownMunicipality) {
        for (JsonNode node : container.path("components")) {
            if (!(node instanceof ObjectNode component)) {
                continue;
            }
            JsonNode properties = component.path("properties");
            if (COORDINATORS.equals(properties.path(OPTIONS).asText())) {
                component.remove("valuesKey");
                ArrayNode values = component.putArray("values");
                coordinators.get().forEach(option -> values.addObject().put("label", option.label()).put("value", option.value()));
            }
            if (OWN_MUNICIPALITY.equals(properties.path(DEFAULT).asText())) {
                ownMunicipality.get().filter(code -> offers(component, code))
                        .ifPresent(code -> component.put("defaultValue", code));
            }
            fill(component, coordinators, ownMunicipality);
        }
    }

    /** One option of a form-js select. */
    public record Option(String label, String value) {
    }

    /**
     * Every coordinator of the staff records by the office's municipality code (the prefecture's
     * order: cities first) and name; two with the same name and place are told apart by user id.
     */
    List<Option> coordinatorOptions() {
        List<StaffMember> coordinators = staff.coordinators().stream()
                .sorted(Comparator.comparing((StaffMember coordinator) -> Optional.ofNullable(officeMunicipality(coordinator))
                        .map(Municipality::getCode).orElse("999999"))
                        .thenComparing(StaffMember::getDisplayName, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(StaffMember::getUserId))
                .toList();
        Map<String, Long> sameLabel = coordinators.stream().map(FormChoices::label)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return coordinators.stream().map(coordinator -> {
            String label = label(coordinator);
            return new Option(sameLabel.get(label) > 1 ? label + " " + coordinator.getUserId() : label, coordinator.getUserId());
        }).toList();
    }

    /** 「下北圏域コーディネーター（むつ市）」; without an office recorded, the name alone. */
    static String label(StaffMember coordinator) {
        String name = coordinator.getDisplayName() == null || coordinator.getDisplayName().isBlank()
                ? coordinator.getUserId() : coordinator.getDisplayName();
        Municipality place = officeMunicipality(coordinator);
        return place == null ? name : name + "（" + place.getName() + "）";
    }

    private static Municipality officeMunicipality(StaffMember coordinator) {
        Organization office = coordinator.getOrganization();
        return office == null ? null : office.getMunicipality();
    }

    /** The one municipality whose group the person is in, if it is one of our municipalities. */
    Optional<String> ownMunicipality(String userId) {
        if (userId == null) {
            return Optional.empty();
        }
        List<String> codes = GroupIds.municipalityCodes(
                identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList());
        return codes.size() == 1 && municipalities.existsById(codes.get(0)) ? Optional.of(codes.get(0)) : Optional.empty();
    }

    /** A default the select does not offer would show as an empty field: only an offered code is set. */
    private static boolean offers(ObjectNode component, String code) {
        JsonNode values = component.path("values");
        if (!values.isArray() || values.isEmpty()) {
            return true;
        }
        for (JsonNode value : values) {
            if (code.equals(value.path("value").asText())) {
                return true;
            }
        }
        return false;
    }

    /** Reads the tables only when the form asks for what they give. */
    private static final class Lazy<T> {
        private final java.util.function.Supplier<T> supplier;
        private T value;
        private boolean done;

        Lazy(java.util.function.Supplier<T> supplier) {
            this.supplier = supplier;
        }

        T get() {
            if (!done) {
                value = supplier.get();
                done = true;
            }
            return value;
        }
    }
}
