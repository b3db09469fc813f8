package jp.tsunagu;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.Introspector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;

/**
 * One search for a BPMN element's id (UserTask_Triage, ServiceTask_HandOverRegion) finds the code
 * it runs: every element with a delegate, an expression, a class or a listener is named in the
 * javadoc of that code. The class is found as Spring names beans: an explicit
 * {@code @Component("name")}, a {@code @Bean} method of that name, or else the class whose simple
 * name, decapitalized, is the name ({@code ${handOverToRegion}} is {@code HandOverToRegion}).
 * A listener on every user task of every flow names that once ("every user task") instead of
 * each id.
 */
class ElementIdsTest {

    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    private static final Set<String> ON_EVERY_USER_TASK = Set.of("taskNaming");
    private static final Pattern LEADING_NAME = Pattern.compile("^\\$\\{\\s*([A-Za-z_$][\\w$]*)");
    private static final Pattern JAVADOC = Pattern.compile("/\\*\\*[\\s\\S]*?\\*/");
    private static final Pattern COMPONENT = Pattern.compile("@(?:Component|Service|Repository|Controller)\\(\"(\\w+)\"\\)");
    private static final Pattern BEAN_METHOD = Pattern.compile("@Bean\\b[^\\n]*\\n(?:\\s*@[^\\n]*\\n)*\\s*[\\w<>, ?]+\\s+(\\w+)\\s*\\(");

    @Test
    void everyElementThatRunsCodeIsNamedInTheJavadocOfThatCode() throws IOException {
        Map<String, Path> classes = classes();
        Map<String, Path> beans = beans(classes);
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Path file : bpmnFiles()) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
                for (String code : codeRunBy(element)) {
                    String name = nameIn(code);
                    if (ON_EVERY_USER_TASK.contains(name)) {
                        continue;
                    }
                    Path source = name.contains(".") ? classes.get(name.substring(name.lastIndexOf('.') + 1))
                            : beans.get(name);
                    assertThat(source).as(file.getFileName() + " " + element.getId() + ": no class for " + code).isNotNull();
                    checked++;
                    if (!javadocOf(source).contains(element.getId())) {
                        missing.add(element.getId() + " (" + file.getFileName() + ", " + code + ") is not named in the javadoc of "
                                + source.getFileName());
                    }
                }
            }
        }
        assertThat(checked).as("elements that run code").isGreaterThan(40);
        assertThat(missing).isEmpty();
    }

    @Test
    void listenersOnEveryUserTaskAreOnEveryUserTaskAndSaySo() throws IOException {
        Map<String, Path> beans = beans(classes());
        for (String bean : ON_EVERY_USER_TASK) {
            assertThat(javadocOf(beans.get(bean))).as(bean).contains("every user task");
            for (Path file : bpmnFiles()) {
                for (UserTask task : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class)) {
                    assertThat(codeRunBy(task).stream().map(ElementIdsTest::nameIn))
                            .as(file.getFileName() + " " + task.getId()).contains(bean);
                }
            }
        }
    }

    /** What the element runs: its own delegate, expression or class, and those of its listeners. */
    private static List<String> codeRunBy(BaseElement element) {
        List<String> code = new ArrayList<>();
        for (String attribute : List.of("delegateExpression", "expression", "class")) {
            String value = element.getAttributeValueNs(CAMUNDA, attribute);
            if (value != null) {
                code.add(value);
            }
        }
        ExtensionElements extensions = element.getExtensionElements();
        if (extensions != null) {
            for (CamundaExecutionListener listener : extensions.getChildElementsByType(CamundaExecutionListener.class)) {
                code.add(first(listener.getCamundaDelegateExpression(), listener.getCamundaExpression(),
                        listener.getCamundaClass()));
            }
            for (CamundaTaskListener listener : extensions.getChildElementsByType(CamundaTaskListener.class)) {
                code.add(first(listener.getCamundaDelegateExpression(), listener.getCamundaExpression(),
                        listener.getCamundaClass()));
            }
        }
        code.removeIf(value -> value == null || value.isBlank());
        return code;
    }

    private static String first(String... values) {
        return Stream.of(values).filter(value -> value != null && !value.isBlank()).findFirst().orElse(null);
    }

    /** The bean an expression starts with ({@code ${routing.supportCenter()}}: routing), or a class's name. */
    private static String nameIn(String code) {
        Matcher bean = LEADING_NAME.matcher(code.trim());
        return bean.find() ? bean.group(1) : code.trim();
    }

    private static List<Path> bpmnFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            return files.filter(path -> path.toString().endsWith(".bpmn")).sorted().toList();
        }
    }

    /** Our classes by simple name. */
    private static Map<String, Path> classes() throws IOException {
        Map<String, Path> classes = new HashMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            files.filter(path -> path.toString().endsWith(".java")).forEach(path ->
                    classes.put(path.getFileName().toString().replace(".java", ""), path));
        }
        return classes;
    }

    /** Bean names as Spring gives them: the default first, then explicit names override. */
    private static Map<String, Path> beans(Map<String, Path> classes) throws IOException {
        Map<String, Path> beans = new HashMap<>();
        classes.forEach((name, path) -> beans.put(Introspector.decapitalize(name), path));
        for (Path path : new TreeSet<>(classes.values())) {
            String source = Files.readString(path, StandardCharsets.UTF_8);
            Matcher component = COMPONENT.matcher(source);
            while (component.find()) {
                beans.put(component.group(1), path);
            }
            Matcher method = BEAN_METHOD.matcher(source);
            while (method.find()) {
                beans.put(method.group(1), path);
            }
        }
        return beans;
    }

    private static String javadocOf(Path source) throws IOException {
        StringBuilder javadoc = new StringBuilder();
        Matcher comment = JAVADOC.matcher(Files.readString(source, StandardCharsets.UTF_8));
        while (comment.find()) {
            javadoc.append(comment.group()).append('\n');
        }
        return javadoc.toString();
    }
}
