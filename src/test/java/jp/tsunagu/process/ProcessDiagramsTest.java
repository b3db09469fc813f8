package jp.tsunagu.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;

/**
 * Cockpit draws an instance on the diagram section of its BPMN, and Camunda Modeler opens a
 * file only with one: every flow node has a shape and every sequence flow an edge, and a shape
 * inside a drawn sub-process lies within the sub-process's bounds.
 */
class ProcessDiagramsTest {

    @Test
    void everyFlowNodeAndSequenceFlowIsDrawn() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(Path.of("processes"))) {
            files = listed.filter(path -> path.toString().endsWith(".bpmn")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(3);
        for (Path file : files) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                    .map(shape -> shape.getBpmnElement().getId()).collect(Collectors.toSet());
            Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
                    .map(edge -> edge.getBpmnElement().getId()).collect(Collectors.toSet());
            assertThat(model.getModelElementsByType(FlowNode.class)).as(file + " flow nodes")
                    .allSatisfy(node -> assertThat(shapes).as(node.getId()).contains(node.getId()));
            assertThat(model.getModelElementsByType(SequenceFlow.class)).as(file + " sequence flows")
                    .allSatisfy(flow -> assertThat(edges).as(flow.getId()).contains(flow.getId()));
            for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
                if (shape.getBpmnElement().getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.SubProcess parent
                        && !(shape.getBpmnElement() instanceof org.camunda.bpm.model.bpmn.instance.BoundaryEvent)) {
                    BpmnShape outer = model.getModelElementsByType(BpmnShape.class).stream()
                            .filter(candidate -> candidate.getBpmnElement() == parent).findFirst().orElseThrow();
                    assertThat(shape.getBounds().getX()).as(file + " " + shape.getId() + " inside " + parent.getId())
                            .isBetween(outer.getBounds().getX(), outer.getBounds().getX() + outer.getBounds().getWidth());
                    assertThat(shape.getBounds().getY()).as(file + " " + shape.getId() + " inside " + parent.getId())
                            .isBetween(outer.getBounds().getY(), outer.getBounds().getY() + outer.getBounds().getHeight());
                }
            }
        }
    }
}
