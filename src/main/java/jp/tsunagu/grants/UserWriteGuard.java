package jp.tsunagu.grants;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.impl.ActivityStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.DeploymentStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessDefinitionStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.ProcessInstanceModificationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.SignalEventReceivedBuilderImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractInstantiationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetProcessInstanceStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteJobCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.HistoryCleanupCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationCmd;
import org.camunda.bpm.engine.impl.cmd.RecalculateJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.RestartProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.UnlockJobCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.migration.MigrateProcessInstanceCmd;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.impl.task.TaskDefinition;

import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.common.OperationRefusedException;
import jp.tsunagu.common.UnknownTargetException;
import jp.tsunagu.process.Inputs;
import jp.tsunagu.process.StartOnce;
import jp.tsunagu.routing.GroupIds;

/**
 * What a logged-in person may write into the engine, whatever the way in (REST, the web apps,
 * our pages): the only variables people write are the fields of the form in front of them. The
 * variables that decide routing and access ({@code caseId}, {@code municipalityCode},
 * {@code region}, {@code adviserRegion}, the coordinator, {@code initiator}, {@code printablePlan}
 * …) are the flows' own, written by their delegates after they checked them against our tables.
 * <ul>
 * <li>starting a flow or completing a task ({@code complete}, {@code submit-form},
 * {@code resolve}) carries only the fields of that start or task form (a start also its
 * {@code clientRequestId}, {@link StartOnce}); a field shown read-only
 * comes back unchanged or not at all (400 naming it);</li>
 * <li>no variable is set, changed or deleted directly on a task, execution or instance (403), by
 * administrators neither: a correction goes through the flow, so the audit and the checks see it;</li>
 * <li>a message carries only the variables its flow declared for it ({@link MessagePayload});
 * administrators do no case work and send none; signals carry no variables;</li>
 * <li>instance modification, restart, migration and starting at an activity (which skip the
 * start's checks) are for administrators, and never carry variables;</li>
 * <li>jobs that belong to no instance (the history cleanup, batches) are administrators' work;</li>
 * <li>a task is assigned, delegated, claimed for or shared only within its candidate groups
 * (the center and administrators excepted): whoever gets it reads the child's data;</li>
 * <li>which groups someone else is in (a group query by member) is for administrators: every
 * group is readable, its members are not;</li>
 * <li>counts over all instances (statistics) are for those who see everything; suspending an
 * instance that does not exist is "not found", not a silent success in the audit log;</li>
 * <li>a text longer than the engine's 4,000-character column is refused with the field's label.</li>
 * </ul>
 * Camunda's own answers to this (enforceSpecificVariablePermission, UPDATE_VARIABLE) govern direct
 * variable writes only: a completion would still carry any variable, so the check is here, in a
 * command interceptor that sees every command with its arguments. It runs only for commands a
 * person sends: the flows' own code runs with authorization checks off (delegates, listeners,
 * timers and jobs), and nobody is logged in for the job executor.
 */
public class UserWriteGuard extends CommandInterceptor {

    static final String NO_DIRECT_WRITE = "変数を直接書き換えることはできません。タスクのフォームから入力してください。";
    static final String ADMIN_ONLY = "この操作は管理者だけができます。";
    static final String NO_CASE_WORK = "管理者は案件の業務（メッセージの送信など）を行いません。支援センターのアカウントで操作してください。";
    static final String NO_MODIFICATION_VARIABLES = "フローの変更・再開・移行で変数を渡すことはできません。";
    static final String OVERVIEW_ONLY = "すべてのフローの件数は、支援センター・県・管理者だけが見られます。";
    static final String HAND_OVER = "このタスクは、タスクが届いたグループの方にだけ渡せます。ほかの方やグループに渡すときは支援センターに依頼してください。";
    static final String OTHERS_GROUPS = "ほかの方の所属グループは、管理者だけが見られます。";
    static final String CANDIDATES_IN_FILTER = "このフィルターは担当者・グループで絞り込み済みのため、担当者やグループの条件は加えられません。「すべてのタスク」などほかのフィルターで検索してください。";
    static final String NO_SIGNAL_VARIABLES = "シグナルで変数を渡すことはできません。";

    private final FormFields forms;
    private final Map<String, String> startForms;
    private final Map<String, Set<String>> messagePayloads;

    /**
     * @param startForms the start form id of each process definition key (from the BPMN)
     * @param messagePayloads the variables each message may carry
     */
    public UserWriteGuard(FormFields forms, Map<String, String> startForms, Map<String, Set<String>> messagePayloads) {
        this.forms = forms;
        this.startForms = startForms;
        this.messagePayloads = messagePayloads;
    }

    /** How many commands this thread is inside of: the engine runs some queries within others. */
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public <T> T execute(Command<T> command) {
        CommandContext context = org.camunda.bpm.engine.impl.context.Context.getCommandContext();
        int[] depth = DEPTH.get();
        if (context != null && sentByAPerson(context)) {
            check(command, context, depth[0] == 0);
        }
        depth[0]++;
        try {
            return next.execute(command);
        } finally {
            depth[0]--;
        }
    }

    private static boolean sentByAPerson(CommandContext context) {
        return context.getAuthentication() != null && context.isAuthorizationCheckEnabled()
                && context.getProcessEngineConfiguration().isAuthorizationEnabled();
    }

    /** @param outermost whether the person sent this command, rather than the engine running it within theirs */
    private void check(Command<?> command, CommandContext context, boolean outermost) {
        if (command instanceof AbstractSetVariableCmd || command instanceof AbstractRemoveVariableCmd
                || command instanceof AbstractPatchVariablesCmd || command instanceof SetVariablesToProcessInstancesBatchCmd) {
            throw new OperationRefusedException(NO_DIRECT_WRITE);
        } else if (command instanceof CompleteTaskCmd) { // also ResolveTaskCmd
            checkTaskFields(context, field(command, "taskId"), field(command, "variables"));
        } else if (command instanceof SubmitTaskFormCmd) {
            checkTaskFields(context, field(command, "taskId"), field(command, "properties"));
        } else if (command instanceof StartProcessInstanceCmd) {
            ProcessInstantiationBuilderImpl builder = field(command, "instantiationBuilder");
            checkStartFields(context, builder.getProcessDefinitionKey(), builder.getProcessDefinitionId(), builder.getVariables());
        } else if (command instanceof SubmitStartFormCmd) {
            checkStartFields(context, null, field(command, "processDefinitionId"), field(command, "variables"));
        } else if (command instanceof AbstractCorrelateMessageCmd) {
            checkMessage(field(command, "builder"), onlyAdministrator(context));
        } else if (command instanceof SignalEventReceivedCmd) {
            SignalEventReceivedBuilderImpl builder = field(command, "builder");
            refuseIf(builder.getVariables() != null && !builder.getVariables().isEmpty(), NO_SIGNAL_VARIABLES);
            refuseIf(onlyAdministrator(context), NO_CASE_WORK);
        } else if (command instanceof SignalCmd) {
            Map<String, Object> variables = field(command, "processVariables");
            refuseIf(variables != null && !variables.isEmpty(), NO_SIGNAL_VARIABLES);
        } else if (isModification(command)) {
            refuseIf(!isAdministrator(context), ADMIN_ONLY);
            if (command instanceof ModifyProcessInstanceCmd) {
                requireInstance(context, ((ProcessInstanceModificationBuilderImpl) field(command, "builder")).getProcessInstanceId());
            }
            checkModificationVariables(command);
        } else if (command instanceof HistoryCleanupCmd) {
            refuseIf(!isAdministrator(context), ADMIN_ONLY);
        } else if (command instanceof ProcessDefinitionStatisticsQueryImpl || command instanceof ActivityStatisticsQueryImpl
                || command instanceof DeploymentStatisticsQueryImpl) {
            // counts over every instance: for those who see everything (Cockpit's start page)
            refuseIf(!sees(context, GroupIds.ADMIN, GroupIds.SUPPORT_CENTER, GroupIds.PREFECTURE), OVERVIEW_ONLY);
        } else if (command instanceof GroupQueryImpl query && query.getUserId() != null && outermost) {
            // Everybody reads groups (organizations, RoleGrants), but which groups a person is in
            // is theirs: asked for someone else it would tell anyone where each officer works.
            // Within another command it is the engine's own reading (a task query's candidate
            // user, while MyBatis builds the SQL, where a refusal would come out as a 500): that
            // query is checked itself, below.
            refuseIf(!query.getUserId().equals(context.getAuthentication().getUserId()) && !isAdministrator(context),
                    OTHERS_GROUPS);
        } else if (command instanceof TaskQueryImpl query) {
            refuseIf(asksForOthersGroups(query, context), OTHERS_GROUPS);
        } else if (command instanceof AbstractExecuteFilterCmd) {
            // a filter's list or count extended by the reader: the extension is the reader's query
            if (UserWriteGuard.<Object>field(command, "extendingQuery") instanceof TaskQueryImpl extension) {
                refuseIf(asksForOthersGroups(extension, context), OTHERS_GROUPS);
                var filter = asksForCandidates(extension) ? context.getFilterManager().findFilterById(field(command, "filterId")) : null;
                if (filter != null && filter.getQuery() instanceof TaskQueryImpl filtered && asksForCandidates(filtered)) {
                    // Camunda cannot put a candidate user beside a candidate group in one query
                    // (ProcessEngineException, a 500): the filter asks for candidates already
                    throw new InvalidInputException(CANDIDATES_IN_FILTER);
                }
            }
        } else if (outermost && (command instanceof AbstractAddIdentityLinkCmd || command instanceof ClaimTaskCmd
                || command instanceof DelegateTaskCmd || command instanceof SaveTaskCmd)) {
            checkHandOver(command, context);
        } else if (command instanceof AbstractSetProcessInstanceStateCmd) {
            requireInstance(context, field(command, "processInstanceId"));
        } else if (isJobCommand(command) && !isAdministrator(context)) {
            for (String jobId : jobIds(command)) {
                JobEntity job = context.getJobManager().findJobById(jobId);
                refuseIf(job != null && job.getProcessInstanceId() == null, ADMIN_ONLY);
            }
        }
    }

    // --- handing a task over ---------------------------------------------------------------------

    /**
     * A task goes to whom the flow routed it (its candidate groups, its assignee): anyone it is
     * assigned, delegated, claimed for or added to gets the engine's read grant on it, and with it
     * the child's data in its variables. So a person passes a task only to themselves or to someone
     * of its candidate groups (a colleague of the same municipality or region), and adds no group;
     * the center, which takes over any task, and administrators may hand it to anyone.
     */
    private void checkHandOver(Command<?> command, CommandContext context) {
        String taskId;
        List<String> people = new ArrayList<>();
        String group = null;
        if (command instanceof SaveTaskCmd) {
            TaskEntity changed = field(command, "task");
            taskId = changed.getId();
            for (String property : List.of(TaskEntity.ASSIGNEE, TaskEntity.OWNER)) {
                if (changed.getPropertyChanges().containsKey(property)) {
                    people.add((String) changed.getPropertyChanges().get(property).getNewValue());
                }
            }
        } else {
            taskId = field(command, "taskId");
            people.add(field(command, "userId"));
            if (command instanceof AbstractAddIdentityLinkCmd) {
                group = field(command, "groupId");
            }
        }
        String self = context.getAuthentication().getUserId();
        people.removeIf(person -> person == null || person.equals(self));
        if (taskId == null || (people.isEmpty() && group == null) || sees(context, GroupIds.ADMIN, GroupIds.SUPPORT_CENTER)) {
            return;
        }
        List<String> candidateGroups = context.getIdentityLinkManager().findIdentityLinksByTaskId(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLinkEntity::getGroupId).toList();
        refuseIf(group != null && !candidateGroups.contains(group), HAND_OVER);
        for (String person : people) {
            List<String> theirs = context.runWithoutAuthorization(() -> context.getProcessEngineConfiguration()
                    .getIdentityService().createGroupQuery().groupMember(person).list().stream().map(g -> g.getId()).toList());
            refuseIf(theirs.stream().noneMatch(candidateGroups::contains), HAND_OVER);
        }
    }

    /** Whether the query itself (not an or-query of it) names a candidate user or candidate groups, as a value or an expression. */
    private static boolean asksForCandidates(TaskQueryImpl query) {
        return query.getCandidateUser() != null || query.getCandidateGroup() != null || query.getCandidateGroupsInternal() != null
                || query.getExpressions().keySet().stream().anyMatch(name -> name.startsWith("taskCandidate"));
    }

    /** A candidate user other than the reader, in the query or one of its or-queries, asked by a non-administrator. */
    private static boolean asksForOthersGroups(TaskQueryImpl query, CommandContext context) {
        String self = context.getAuthentication().getUserId();
        boolean others = query.getQueries().stream().map(TaskQueryImpl::getCandidateUser)
                .anyMatch(candidate -> candidate != null && !candidate.equals(self));
        return others && !isAdministrator(context);
    }

    /** Camunda answers a missing instance with success (suspend) or a 500 (modify): both are 404. */
    private static void requireInstance(CommandContext context, String instanceId) {
        if (instanceId != null && context.getExecutionManager().findExecutionById(instanceId) == null) {
            throw new UnknownTargetException("指定されたフローのインスタンスが見つかりません。");
        }
    }

    // --- forms ------------------------------------------------------------------------------------

    private void checkTaskFields(CommandContext context, String taskId, Map<String, Object> variables) {
        if (variables == null || variables.isEmpty() || taskId == null) {
            return;
        }
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task == null || task.getProcessInstanceId() == null) {
            return; // Camunda answers for a task that is not there; a task outside any flow holds no flow variable
        }
        FormFields.Form form = formOf(task.getTaskDefinition());
        for (Map.Entry<String, Object> sent : variables.entrySet()) {
            FormFields.Field field = form == null ? null : form.field(sent.getKey()).orElse(null);
            if (field == null) {
                throw new InvalidInputException(notInForm(sent.getKey()));
            }
            requireFits(field.label(), sent.getValue());
            if (!field.editable() && !sameValue(task.getVariable(field.key()), plain(sent.getValue()))) {
                throw new InvalidInputException("「" + field.label() + "」（" + field.key()
                        + "）は確認のために表示している項目で、変更できません。");
            }
        }
    }

    private FormFields.Form formOf(TaskDefinition definition) {
        if (definition == null || definition.getCamundaFormDefinitionKey() == null) {
            return null;
        }
        return forms.form(definition.getCamundaFormDefinitionKey().getExpressionText()).orElse(null);
    }

    private void checkStartFields(CommandContext context, String key, String definitionId, Map<String, Object> variables) {
        if (variables == null || variables.isEmpty()) {
            return;
        }
        String processKey = key != null ? key : keyOf(context, definitionId);
        String formId = processKey == null ? null : startForms.get(processKey);
        FormFields.Form form = formId == null ? null : forms.form(formId).orElse(null);
        for (String name : variables.keySet()) {
            if (StartOnce.CLIENT_REQUEST_ID.equals(name)) {
                continue; // a machine's idempotency key, checked by StartOnce; it decides nothing else
            }
            FormFields.Field field = form == null ? null : form.field(name).orElse(null);
            if (field == null || !field.editable()) {
                throw new InvalidInputException(notInForm(name));
            }
            requireFits(field.label(), variables.get(name));
        }
    }

    private static String keyOf(CommandContext context, String definitionId) {
        if (definitionId == null) {
            return null;
        }
        var definition = context.getProcessEngineConfiguration().getDeploymentCache().findProcessDefinitionFromCache(definitionId);
        if (definition == null) {
            definition = context.getProcessDefinitionManager().findLatestDefinitionById(definitionId);
        }
        return definition == null ? null : definition.getKey();
    }

    /** The engine keeps a text variable in a column of 4,000 characters; more is bad input, not a failure. */
    static final int MAX_TEXT = 4000;

    private static void requireFits(String label, Object value) {
        if (plain(value) instanceof String text) {
            if (text.length() > MAX_TEXT) {
                throw new InvalidInputException("「" + label + "」は" + MAX_TEXT + "文字以内で入力してください。");
            }
            Inputs.refuseMarkup(label, text); // also for fields no delegate reads
        }
    }

    private static String notInForm(String name) {
        return "送信された内容に、このフォームにない項目「" + name + "」があります。フォームの項目だけを送信してください。";
    }

    /** Read-only fields come back as the form showed them: compared as text, an empty field as none. */
    private static boolean sameValue(Object current, Object sent) {
        String before = current == null ? "" : String.valueOf(current);
        String after = sent == null ? "" : String.valueOf(sent);
        return Objects.equals(before, after);
    }

    private static Object plain(Object value) {
        return value instanceof org.camunda.bpm.engine.variable.value.TypedValue typed ? typed.getValue() : value;
    }

    // --- messages and modifications -----------------------------------------------------------------

    private void checkMessage(MessageCorrelationBuilderImpl builder, boolean onlyAdministrator) {
        refuseIf(onlyAdministrator, NO_CASE_WORK);
        Set<String> allowed = messagePayloads.getOrDefault(builder.getMessageName(), Set.of());
        List<String> sent = new ArrayList<>();
        addKeys(sent, builder.getPayloadProcessInstanceVariables());
        addKeys(sent, builder.getPayloadProcessInstanceVariablesLocal());
        addKeys(sent, builder.getPayloadProcessInstanceVariablesToTriggeredScope());
        for (String name : sent) {
            if (!allowed.contains(name)) {
                throw new InvalidInputException("送信された内容に、このメッセージでは受け付けない項目「" + name + "」があります。");
            }
            requireFits(name, builder.getPayloadProcessInstanceVariables().get(name));
        }
    }

    private static void addKeys(List<String> names, Map<String, ?> variables) {
        if (variables != null) {
            names.addAll(variables.keySet());
        }
    }

    private static boolean isModification(Command<?> command) {
        return command instanceof ModifyProcessInstanceCmd || command instanceof ModifyProcessInstanceAsyncCmd
                || command instanceof ProcessInstanceModificationCmd || command instanceof ProcessInstanceModificationBatchCmd
                || command instanceof RestartProcessInstancesCmd || command instanceof MigrateProcessInstanceCmd
                || command instanceof StartProcessInstanceAtActivitiesCmd
                || command.getClass().getSimpleName().equals("SetProcessDefinitionVersionCmd");
    }

    private static void checkModificationVariables(Command<?> command) {
        ProcessInstanceModificationBuilderImpl builder = null;
        if (command instanceof ModifyProcessInstanceCmd || command instanceof ModifyProcessInstanceAsyncCmd) {
            builder = field(command, "builder");
        } else if (command instanceof StartProcessInstanceAtActivitiesCmd) {
            ProcessInstantiationBuilderImpl instantiation = field(command, "instantiationBuilder");
            refuseIf(instantiation.getVariables() != null && !instantiation.getVariables().isEmpty(), NO_MODIFICATION_VARIABLES);
            builder = instantiation.getModificationBuilder();
        }
        if (builder == null) {
            return;
        }
        refuseIf(builder.getProcessVariables() != null && !builder.getProcessVariables().isEmpty(), NO_MODIFICATION_VARIABLES);
        for (var operation : builder.getModificationOperations()) {
            if (operation instanceof AbstractInstantiationCmd instantiation) {
                refuseIf(!instantiation.getVariables().isEmpty() || !instantiation.getVariablesLocal().isEmpty(),
                        NO_MODIFICATION_VARIABLES);
            }
        }
    }

    // --- jobs ------------------------------------------------------------------------------------

    private static boolean isJobCommand(Command<?> command) {
        return command instanceof SetJobRetriesCmd || command instanceof SetJobDuedateCmd
                || command instanceof SetJobPriorityCmd || command instanceof ExecuteJobsCmd
                || command instanceof DeleteJobCmd || command instanceof AbstractSetJobStateCmd
                || command instanceof RecalculateJobDuedateCmd || command instanceof UnlockJobCmd;
    }

    private static Collection<String> jobIds(Command<?> command) {
        List<String> ids = new ArrayList<>();
        Object one = optionalField(command, "jobId");
        if (one instanceof String id) {
            ids.add(id);
        }
        if (optionalField(command, "jobIds") instanceof Collection<?> many) {
            many.forEach(id -> ids.add(String.valueOf(id)));
        }
        return ids;
    }

    // --- who -------------------------------------------------------------------------------------

    private static boolean isAdministrator(CommandContext context) {
        return groupsOf(context).contains(GroupIds.ADMIN);
    }

    /** An administrator who is not also the center: administrators do no case work. */
    private static boolean onlyAdministrator(CommandContext context) {
        return isAdministrator(context) && !sees(context, GroupIds.SUPPORT_CENTER);
    }

    private static boolean sees(CommandContext context, String... groups) {
        List<String> mine = groupsOf(context);
        return java.util.Arrays.stream(groups).anyMatch(mine::contains);
    }

    private static List<String> groupsOf(CommandContext context) {
        Authentication authentication = context.getAuthentication();
        if (authentication.getGroupIds() != null && !authentication.getGroupIds().isEmpty()) {
            return authentication.getGroupIds();
        }
        return context.runWithoutAuthorization(() -> context.getProcessEngineConfiguration().getIdentityService()
                .createGroupQuery().groupMember(authentication.getUserId()).list().stream().map(g -> g.getId()).toList());
    }

    private static void refuseIf(boolean refused, String message) {
        if (refused) {
            throw new OperationRefusedException(message);
        }
    }

    // --- Camunda's command arguments (protected fields, read by name; GuardedCommandsTest keeps them so) --

    private static final Map<String, Field> FIELDS = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    public static <T> T field(Object command, String name) {
        Field field = findField(command.getClass(), name);
        if (field == null) {
            throw new IllegalStateException(command.getClass().getName() + " has no field " + name);
        }
        try {
            return (T) field.get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object optionalField(Object command, String name) {
        return findField(command.getClass(), name) == null ? null : field(command, name);
    }

    private static Field findField(Class<?> type, String name) {
        String cacheKey = type.getName() + "#" + name;
        Field cached = FIELDS.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(name);
                field.setAccessible(true);
                FIELDS.put(cacheKey, field);
                return field;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return null;
    }
}
