package jp.tsunagu.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A field the server requires is marked required in its form, so people see 「入力してください」
 * under the field before they press 完了 instead of a refusal after it (issue 24: 訪問・実施予定日
 * was not). Read from the sources: for each start event and user task with a form, the beans
 * whose javadoc names the element (they run when it is sent, ElementIdsTest) and the helpers
 * they call (ActivityForm) read the fields they need with {@code X.required(…)}; each such
 * field that the form shows for input must carry {@code validate.required: true}. A required field
 * the form hides by a condition is still marked: form-js does not check hidden fields.
 * <p>
 * Not marked, each for its reason: checkboxes (form-js sends false for an unticked box, and
 * "required" would force ticking it), and the fields in {@link #EXCEPTIONS}.
 */
class RequiredFieldsTest {

    static final Path JAVA = Path.of("src/main/java");
    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

    /** form key: why the server's requirement is not a plain required field. */
    static final Map<String, String> EXCEPTIONS = Map.of();

    /** {@code TARGET_REGION = Variable.text("targetRegion"} → TARGET_REGION: targetRegion, per declaring class. */
    static final Pattern DECLARATION = Pattern.compile("(\\w+)\\s*=\\s*(?:Variable|Checkboxes)\\.\\w+\\(\\s*\"(\\w+)\"");
    /** {@code DispatchVariables.TARGET_REGION.labelled("…").required(} and {@code DATE.required(} */
    static final Pattern REQUIRED = Pattern.compile("(?:(\\w+)\\.)?([A-Z][A-Z0-9_]*)(?:\\.labelled\\([^)]*\\))?\\.required\\(");

    @Test
    void everyFieldTheServerRequiresIsRequiredInItsForm() throws Exception {
        Map<String, String> sources = sources();
        Map<String, Map<String, String>> declared = declarations(sources);
        Map<String, String> problems = new TreeMap<>();
        int checked = 0;

        for (Map.Entry<String, String> element : formElements().entrySet()) {
            String elementId = element.getKey();
            String formKey = element.getValue();
            Map<String, JsonNode> fields = inputFields(formKey);
            Pattern naming = Pattern.compile("\\b" + Pattern.quote(elementId) + "\\b");
            for (Map.Entry<String, String> bean : sources.entrySet()) {
                if (!bean.getValue().contains("@Component") || !naming.matcher(bean.getValue()).find()) {
                    continue;
                }
                for (String variable : requiredVariables(bean.getKey(), sources, declared)) {
                    JsonNode field = fields.get(variable);
                    if (field == null || field.path("type").asText().equals("checkbox") || EXCEPTIONS.containsKey(variable)) {
                        continue;
                    }
                    checked++;
                    if (!field.path("validate").path("required").asBoolean(false)) {
                        problems.put(formKey + " " + variable, elementId + " → " + bean.getKey());
                    }
                }
            }
        }
        assertThat(checked).as("required fields found in forms (the reading works)").isGreaterThan(30);
        assertThat(problems).as("form field: the element and the bean that require it").isEmpty();
    }

    @Test
    void theReadingFindsTheIssuesExample() throws Exception {
        Map<String, String> sources = sources();
        Map<String, Map<String, String>> declared = declarations(sources);

        assertThat(requiredVariables("RecordAcceptance", sources, declared)).contains("scheduledDate");
        assertThat(requiredVariables("SaveActivityRecord", sources, declared))
                .as("through ActivityForm").contains("activityDate", "activityKind", "activityContent", "moreVisits");
        assertThat(formElements()).containsEntry("UserTask_AdviserAcceptance", "dispatch-acceptance");
    }

    /**
     * Variable names a class reads with {@code .required(}, itself or through a form helper it
     * uses: {@code PlanForm.read(…)}, or ActivityForm behind ActivityRecorder.
     */
    static Set<String> requiredVariables(String className, Map<String, String> sources,
            Map<String, Map<String, String>> declared) {
        Set<String> names = new TreeSet<>();
        String source = sources.get(className);
        collectRequired(className, sources, declared, names);
        for (String helper : sources.keySet()) {
            if (!helper.equals(className) && helper.endsWith("Form")
                    && Pattern.compile("\\b" + helper + "\\.").matcher(source).find()) {
                collectRequired(helper, sources, declared, names);
            }
        }
        if (source.contains("ActivityRecorder")) {
            collectRequired("ActivityForm", sources, declared, names);
        }
        return names;
    }

    private static void collectRequired(String className, Map<String, String> sources,
            Map<String, Map<String, String>> declared, Set<String> names) {
        Matcher required = REQUIRED.matcher(sources.get(className));
        while (required.find()) {
            String owner = required.group(1) != null ? required.group(1) : className;
            String name = declared.getOrDefault(owner, Map.of()).get(required.group(2));
            if (name != null) {
                names.add(name);
            }
        }
    }

    /** Each class's declared variables: class → constant → variable name. */
    static Map<String, Map<String, String>> declarations(Map<String, String> sources) {
        Map<String, Map<String, String>> declared = new HashMap<>();
        sources.forEach((className, source) -> {
            Matcher declaration = DECLARATION.matcher(source);
            while (declaration.find()) {
                declared.computeIfAbsent(className, ignored -> new HashMap<>()).put(declaration.group(1), declaration.group(2));
            }
        });
        return declared;
    }

    /** Simple class name → source, for every class under src/main/java. */
    static Map<String, String> sources() throws IOException {
        Map<String, String> sources = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                sources.put(file.getFileName().toString().replace(".java", ""), Files.readString(file));
            }
        }
        return sources;
    }

    /** Start events and user tasks with a Camunda form: element id → form key. */
    static Map<String, String> formElements() throws Exception {
        Map<String, String> elements = new TreeMap<>();
        for (Path file : FormAndProcessLabelsTest.files("processes", ".bpmn")) {
            Document bpmn;
            try (var in = Files.newInputStream(file)) {
                bpmn = FormAndProcessLabelsTest.parse(in);
            }
            for (String kind : List.of("startEvent", "userTask")) {
                NodeList nodes = bpmn.getElementsByTagNameNS(BPMN, kind);
                for (int i = 0; i < nodes.getLength(); i++) {
                    Element element = (Element) nodes.item(i);
                    String form = element.getAttributeNS(CAMUNDA, "formRef");
                    if (!form.isEmpty()) {
                        elements.put(element.getAttribute("id"), form);
                    }
                }
            }
        }
        return elements;
    }

    /** The keyed fields of a form that people fill in (read-only ones are the flow's). */
    static Map<String, JsonNode> inputFields(String formKey) throws IOException {
        List<JsonNode> components = new ArrayList<>();
        collect(FormAndProcessLabelsTest.JSON.readTree(Path.of("forms", formKey + ".form").toFile()), components);
        Map<String, JsonNode> fields = new HashMap<>();
        for (JsonNode component : components) {
            if (component.has("key") && !component.path("readonly").asBoolean(false)
                    && !component.path("disabled").asBoolean(false)) {
                fields.put(component.path("key").asText(), component);
            }
        }
        return fields;
    }

    private static void collect(JsonNode parent, List<JsonNode> components) {
        for (JsonNode component : parent.path("components")) {
            components.add(component);
            collect(component, components);
        }
    }
}
