package jp.tsunagu.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.tsunagu.identity.Names;
import jp.tsunagu.process.ProcessVariables;

/**
 * Every change a person makes outside the flows' own forms goes to the audit log too: claiming
 * or handing over a task, changing or removing a variable, cancelling, suspending or moving an
 * instance in Cockpit or over REST, changing users, groups or authorizations in Admin. Camunda
 * reports these as its user operation log; instead of its own table (Cockpit's community edition
 * has no page for it) they are written as {@link AuditAction#OPERATION} entries, with the child's
 * case where the instance has one. Starts, completions and messages are left out here: FlowAccess
 * writes them already, with the case and the task's name.
 */
@Component
public class OperationAudit extends AbstractProcessEnginePlugin {

    /** Written by FlowAccess; the engine's entry would only repeat them. */
    private static final Set<String> WRITTEN_BY_FLOWS = Set.of(UserOperationLogEntry.OPERATION_TYPE_COMPLETE,
            UserOperationLogEntry.OPERATION_TYPE_CORRELATE_MESSAGE);

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_CLAIM, "担当する"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_ASSIGN, "担当者の変更"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_DELEGATE, "委任"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_SET_OWNER, "所有者の変更"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_ADD_GROUP_LINK, "候補グループの追加"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_DELETE_GROUP_LINK, "候補グループの削除"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_ADD_USER_LINK, "候補ユーザーの追加"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_DELETE_USER_LINK, "候補ユーザーの削除"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_UPDATE, "更新"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLE, "変数の設定"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_MODIFY_VARIABLE, "変数の変更"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_REMOVE_VARIABLE, "変数の削除"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_DELETE, "削除・取消"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_SUSPEND, "一時停止"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_ACTIVATE, "再開"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_MODIFY_PROCESS_INSTANCE, "進行位置の変更"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_SET_JOB_RETRIES, "再試行回数の設定"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_RESOLVE, "インシデントの解決"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_CREATE, "作成"));

    private static final String CASE_OF_INSTANCE =
            "select TEXT_ from ACT_HI_VARINST where PROC_INST_ID_ = ? and NAME_ = ? and TEXT_ is not null";

    /** The task properties whose values are people (user ids), named in the log. */
    private static final Set<String> PEOPLE = Set.of("assignee", "owner");
    /** A candidate link's value: a group id for these operations, a user id for the user link ones. */
    private static final String CANDIDATE = "candidate";
    private static final Set<String> GROUP_LINKS = Set.of(UserOperationLogEntry.OPERATION_TYPE_ADD_GROUP_LINK,
            UserOperationLogEntry.OPERATION_TYPE_DELETE_GROUP_LINK);

    private final ObjectProvider<AuditLog> audit;
    private final ObjectProvider<JdbcTemplate> jdbc;
    private final ObjectProvider<Names> names;

    public OperationAudit(ObjectProvider<AuditLog> audit, ObjectProvider<JdbcTemplate> jdbc, ObjectProvider<Names> names) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.names = names;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        handlers.add(new Handler());
        configuration.setCustomHistoryEventHandlers(handlers);
        configuration.setEnableDefaultDbHistoryEventHandler(false);
    }

    /** Camunda's database handler for every other history event. */
    private final class Handler extends DbHistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (event instanceof UserOperationLogEntryEventEntity operation) {
                record(operation);
            } else {
                super.handleEvent(event);
            }
        }
    }

    private void record(UserOperationLogEntryEventEntity operation) {
        CommandContext context = Context.getCommandContext();
        if (context != null && !context.isAuthorizationCheckEnabled()) {
            // The flows' own code (delegates, listeners, FlowAccess's grants) runs without
            // authorization checks: what it changes is the flow's doing, recorded by FlowAccess.
            return;
        }
        String type = operation.getOperationType();
        boolean startedByFlow = UserOperationLogEntry.OPERATION_TYPE_CREATE.equals(type)
                && EntityTypes.PROCESS_INSTANCE.equals(operation.getEntityType());
        if (WRITTEN_BY_FLOWS.contains(type) || startedByFlow) {
            return;
        }
        String subject = operation.getTaskId() != null ? "タスク " + operation.getTaskId()
                : operation.getProcessInstanceId() != null ? "インスタンス " + operation.getProcessInstanceId()
                : operation.getEntityType();
        audit.getObject().record(AuditAction.OPERATION, caseOf(operation.getProcessInstanceId()), subject,
                detail(operation));
    }

    /**
     * 担当者の変更（Task）assignee: 上十三圏域コーディネーター → 上十三圏域アドバイザー: a person or a group
     * by name (issue 24: the audit log is read by people), any other value as the engine gives it.
     */
    private String detail(UserOperationLogEntryEventEntity operation) {
        StringBuilder detail = new StringBuilder(NAMES.getOrDefault(operation.getOperationType(), operation.getOperationType()))
                .append("（").append(operation.getEntityType()).append("）");
        if (operation.getProperty() != null) {
            detail.append(' ').append(operation.getProperty()).append(": ")
                    .append(value(operation, operation.getOrgValue())).append(" → ")
                    .append(value(operation, operation.getNewValue()));
        }
        return detail.toString();
    }

    private String value(UserOperationLogEntryEventEntity operation, String value) {
        if (value == null) {
            return "なし";
        }
        String property = operation.getProperty();
        if (CANDIDATE.equals(property)) {
            return GROUP_LINKS.contains(operation.getOperationType()) ? names.getObject().group(value)
                    : names.getObject().person(value);
        }
        return PEOPLE.contains(property) ? names.getObject().person(value) : value;
    }

    private String caseOf(String processInstanceId) {
        if (processInstanceId == null) {
            return null;
        }
        List<String> cases = jdbc.getObject().queryForList(CASE_OF_INSTANCE, String.class, processInstanceId,
                ProcessVariables.CASE.name());
        return cases.isEmpty() || cases.get(0).isBlank() ? null : cases.get(0);
    }
}
