package jp.tsunagu.mail;

import java.time.Instant;

/**
 * All that a mail may tell about a task: the step's name as the BPMN names it (「派遣依頼の受付確認」,
 * without the municipality TaskNaming adds to the task's name), the business key, the flow's
 * name and the due date. Nothing of the child and nothing a person typed can get in here.
 */
public record TaskFacts(String taskId, String stepName, String businessKey, String flowName, Instant dueAt) {
}
