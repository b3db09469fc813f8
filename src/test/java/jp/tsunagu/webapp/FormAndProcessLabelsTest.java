package jp.tsunagu.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What users read in our forms and diagrams is Japanese: every label, description, text, option
 * and date label of every Camunda Form, every named element (tasks, events, gateways, flows) of
 * every BPMN file, which Tasklist and Cockpit show.
 */
class FormAndProcessLabelsTest {

    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    /** Codes users know as they are. */
    static final Set<String> CODES = Set.of("DSP", "DIS", "EVP", "CASE", "ID");
    /** Names that are technical references, not labels: messages are correlated by name over REST. */
    static final Set<String> TECHNICAL = Set.of("message", "signal", "error", "escalation");
    static final List<String> FORM_TEXTS = List.of("label", "description", "text", "dateLabel", "timeLabel",
            "placeholder");

    static final ObjectMapper JSON = new ObjectMapper();

    /** One piece of text a user reads, and where it is. */
    record Label(String where, String text) {
    }

    @Test
    void everyFormSpeaksJapanese() throws IOException {
        List<Label> labels = new ArrayList<>();
        for (Path form : files("forms", ".form")) {
            List<Label> ofForm = formLabels(form.getFileName().toString(), JSON.readTree(form.toFile()));
            assertThat(ofForm).as(form + " has labels").isNotEmpty();
            labels.addAll(ofForm);
        }
        assertThat(labels.stream().filter(label -> !readsJapanese(label.text()))).as("form labels not in Japanese")
                .isEmpty();
    }

    @Test
    void everyProcessTaskAndEventIsNamedInJapanese() throws Exception {
        List<Label> labels = new ArrayList<>();
        for (Path bpmn : files("processes", ".bpmn")) {
            try (InputStream in = Files.newInputStream(bpmn)) {
                labels.addAll(bpmnLabels(bpmn.getFileName().toString(), parse(in)));
            }
        }
        assertThat(labels).as("named BPMN elements").hasSizeGreaterThan(30);
        assertThat(labels.stream().filter(label -> !readsJapanese(label.text()))).as("BPMN names not in Japanese")
                .isEmpty();
    }

    @Test
    void theCheckFindsEnglishAndMissingNamesAndLetsCodesPass() throws Exception {
        JsonNode form = JSON.readTree("""
                {"components": [
                  {"type": "textfield", "key": "a", "label": "Name", "description": "例: DSP-2026-0001"},
                  {"type": "group", "label": "申込", "components": [
                    {"type": "radio", "key": "b", "label": "DSP", "values": [{"label": "Yes", "value": "Y"}]}]}]}
                """);
        assertThat(formLabels("x.form", form).stream().filter(label -> !readsJapanese(label.text())))
                .extracting(Label::text).containsExactly("Name", "Yes");

        Document bpmn = parse(new java.io.ByteArrayInputStream("""
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL">
                  <process id="p" name="派遣申込"><userTask id="UserTask_Nameless"/><endEvent id="e" name="Done"/></process>
                  <message id="m" name="DischargeCaseMoved"/>
                </definitions>""".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(bpmnLabels("x.bpmn", bpmn).stream().filter(label -> !readsJapanese(label.text())))
                .extracting(Label::where).containsExactly("x.bpmn userTask UserTask_Nameless", "x.bpmn endEvent e");
    }

    static boolean readsJapanese(String text) {
        return CamundaLocales.JAPANESE.matcher(text).find() || CODES.contains(text.strip());
    }

    static List<Label> formLabels(String form, JsonNode schema) {
        List<Label> labels = new ArrayList<>();
        for (JsonNode component : schema.path("components")) {
            String where = form + " " + component.path("id").asText(component.path("key").asText());
            for (String property : FORM_TEXTS) {
                String text = component.path(property).asText("");
                // "=..." is a FEEL expression computed at run time; its result is data.
                if (!text.isBlank() && !text.startsWith("=")) {
                    labels.add(new Label(where + " " + property, text));
                }
            }
            for (JsonNode option : component.path("values")) {
                labels.add(new Label(where + " option " + option.path("value").asText(), option.path("label").asText()));
            }
            labels.addAll(formLabels(form, component));
        }
        return labels;
    }

    /** Names of BPMN elements; a user task or process without a name counts as an empty label. */
    static List<Label> bpmnLabels(String file, Document bpmn) {
        List<Label> labels = new ArrayList<>();
        NodeList elements = bpmn.getElementsByTagNameNS(BPMN, "*");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            String kind = element.getLocalName();
            String where = file + " " + kind + " " + element.getAttribute("id");
            if (TECHNICAL.contains(kind)) {
                continue;
            }
            if (element.hasAttribute("name")) {
                labels.add(new Label(where, element.getAttribute("name")));
            } else if (kind.equals("process") || kind.equals("userTask")) {
                labels.add(new Label(where, ""));
            } else if (kind.equals("text")) {
                labels.add(new Label(where, element.getTextContent()));
            }
        }
        return labels;
    }

    static Document parse(InputStream in) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(in);
    }

    static List<Path> files(String directory, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(Path.of(directory))) {
            List<Path> found = files.filter(file -> file.toString().endsWith(suffix)).sorted().toList();
            assertThat(found).as(directory + "/*" + suffix).isNotEmpty();
            return found;
        }
    }
}
