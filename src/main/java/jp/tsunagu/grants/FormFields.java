package jp.tsunagu.grants;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The fields of every Camunda Form in {@code forms/*.form}, read once at start-up: what a person
 * may send when they start a flow or complete a task ({@link UserWriteGuard}). A field shown
 * read-only or disabled is there for context and may only come back unchanged.
 */
@Component
public class FormFields {

    /** One input field of a form: its key, the label people read, and whether they may change it. */
    public record Field(String key, String label, boolean editable) {
    }

    /** The input fields of one form by key, in the form's order. */
    public record Form(String id, Map<String, Field> fields) {

        public Optional<Field> field(String key) {
            return Optional.ofNullable(fields.get(key));
        }
    }

    private final Map<String, Form> forms;

    public FormFields() {
        this(load("classpath*:forms/*.form"));
    }

    FormFields(Map<String, Form> forms) {
        this.forms = Map.copyOf(forms);
    }

    /** The form with this id ({@code camunda:formRef}); empty for an unknown id. */
    public Optional<Form> form(String formId) {
        return Optional.ofNullable(forms.get(formId));
    }

    private static Map<String, Form> load(String pattern) {
        ObjectMapper json = new ObjectMapper();
        Map<String, Form> forms = new LinkedHashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                try (InputStream in = resource.getInputStream()) {
                    Form form = read(json.readTree(in));
                    forms.put(form.id(), form);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the forms under " + pattern, e);
        }
        return forms;
    }

    static Form read(JsonNode form) {
        Map<String, Field> fields = new LinkedHashMap<>();
        collect(form, fields);
        return new Form(form.path("id").asText(), fields);
    }

    /** Fields may sit in groups; every component with a key is an input (text and images have none). */
    private static void collect(JsonNode container, Map<String, Field> fields) {
        for (JsonNode component : container.path("components")) {
            String key = component.path("key").asText("");
            if (!key.isEmpty()) {
                boolean fixed = component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false);
                fields.put(key, new Field(key, component.path("label").asText(key), !fixed));
            }
            collect(component, fields);
        }
    }
}
