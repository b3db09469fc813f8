package jp.tsunagu.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.common.OperationRefusedException;
import jp.tsunagu.common.UnknownTargetException;
import jp.tsunagu.process.DuplicateStartException;
import jp.tsunagu.process.StartRequests;

/**
 * How Camunda's REST API answers what Tsunagu refuses or settles, instead of HTTP 500 as if the
 * server had failed:
 * <ul>
 * <li>our {@link InvalidInputException}: 400 with the Japanese message;</li>
 * <li>two people changing the same thing at once (Camunda's {@link OptimisticLockingException},
 * our entities' {@code @Version}), a task someone else has completed or claimed: 409 with a
 * Japanese sentence saying what happened; the loser's change is rolled back, the winner's kept;</li>
 * <li>a start that was already made ({@link DuplicateStartException}): 200 with the instance the
 * first start created, as if this start had made it;</li>
 * <li>Camunda's own refusals (malformed JSON, a variable of the wrong type, an unknown key or
 * business key, a missing permission): the same 4xx with a Japanese sentence, and Camunda's
 * English words as {@code detail}.</li>
 * </ul>
 * Every other error keeps Camunda's own answer.
 */
@Component
public class InvalidInputRestMapping implements ResourceConfigCustomizer {

    static final String CONCURRENT_CHANGE = "ほかの方が同時にこの内容を更新したため、保存できませんでした。"
            + "画面を開き直して最新の内容を確かめてから、もう一度操作してください。";
    static final String TASK_GONE = "このタスクはすでにほかの方が完了したか、取り消されています。"
            + "タスク一覧を更新してください。";
    static final String START_IN_PROGRESS = "同じ申込をいま処理しています。少し待ってから、もう一度送信してください。";
    static final String BAD_REQUEST = "送信された内容を受け付けられません。値の形式・型と、申込番号などの指定を確かめてください。";
    static final String NOT_FOUND = "指定されたフロー、タスクまたは申込が見つかりません。";
    static final String NO_TASK = "このタスクは見つかりません。タスク一覧を更新してください。";
    static final String FORBIDDEN = "この操作を行う権限がありません。担当のタスク・申込かどうかを確かめてください。";
    static final String MISSING_BODY = "送信された内容に必要な項目がありません（本文が空など）。JSON で項目を送信してください。";
    static final String MALFORMED = "送信された内容をJSONとして読み取れません。";
    private static final java.util.regex.Pattern TASK_ID = java.util.regex.Pattern.compile("Cannot find task with id ([^\\s:]+)");
    /** How Camunda's task resource words a completion that failed. */
    private static final java.util.regex.Pattern FAILED_COMPLETION =
            java.util.regex.Pattern.compile("^Cannot (?:complete task|submit task form) ([^\\s:]+):");

    private final StartRequests starts;
    private final ObjectProvider<ProcessEngine> engine;

    public InvalidInputRestMapping(StartRequests starts, ObjectProvider<ProcessEngine> engine) {
        this.starts = starts;
        this.engine = engine;
    }

    /**
     * Priority 1 (ahead of Camunda's and Jackson's own mappers, which map the same exception
     * types): Jersey takes the nearest mapper by type and, among equals, the highest priority.
     */
    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
        for (Object mapper : List.of(new Mapper(this), new InvalidInputMapper(this), new UnknownTargetMapper(this), new NullValueMapper(this), new MissingBodyMapper(this),
                new OptimisticLockingMapper(this),
                new EntityVersionMapper(this), new AlreadyClaimedMapper(this), new AuthorizationMapper(this),
                new MalformedJsonMapper(this), new MistypedJsonMapper(this))) {
            config.register(mapper, 1);
        }
    }

    /** Our answer for an exception or one of its causes; empty when Camunda's answer stands. */
    Optional<Response> answer(Throwable exception) {
        // A completion that failed on a task that has ended meanwhile lost a race, whatever the
        // symptom: the execution moved on under the loser ("no current activity"), or the next
        // step's checks refused the loser's input. The loser's command never commits (the task's
        // revision check fails at flush); what the person needs to know is that someone was faster.
        if (exception instanceof RestException failed && failed.getMessage() != null) {
            var taskId = FAILED_COMPLETION.matcher(failed.getMessage());
            if (taskId.find() && taskEnded(taskId.group(1))) {
                return Optional.of(message(Response.Status.CONFLICT, "TaskGone", TASK_GONE));
            }
        }
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof NullPointerException && cause == exception) {
                // Camunda's resources read their request body without a null check: an empty body
                // (a claim without {"userId": …}) fails there, before anything is done
                return Optional.of(message(Response.Status.BAD_REQUEST, "InvalidRequestException", MISSING_BODY));
            }
            if (cause instanceof UnknownTargetException unknown) {
                return Optional.of(message(Response.Status.NOT_FOUND, "NotFound", unknown.getMessage()));
            }
            if (cause instanceof InvalidInputException invalid) {
                return Optional.of(message(Response.Status.BAD_REQUEST, "InvalidInputException", invalid.getMessage()));
            }
            if (cause instanceof DuplicateStartException duplicate) {
                return Optional.of(firstStart(duplicate));
            }
            if (cause instanceof OptimisticLockingException || cause instanceof ObjectOptimisticLockingFailureException) {
                return Optional.of(message(Response.Status.CONFLICT, "ConcurrentChange", CONCURRENT_CHANGE));
            }
            if (cause instanceof TaskAlreadyClaimedException claimed) {
                return Optional.of(message(Response.Status.CONFLICT, "TaskAlreadyClaimed",
                        "このタスクはすでに「" + claimed.getTaskAssignee() + "」さんが担当しています。"));
            }
            // Completing, claiming or submitting a task that is no longer there: someone was faster
            // (409), unless there never was such a task (404). When the winner commits between the
            // loser's read and its check, the task's grants are gone first and the engine says
            // "not authorized" for a task that has ended.
            if (cause instanceof NullValueException gone && gone.getMessage() != null) {
                var taskId = TASK_ID.matcher(gone.getMessage());
                if (taskId.find()) {
                    return Optional.of(taskEnded(taskId.group(1))
                            ? message(Response.Status.CONFLICT, "TaskGone", TASK_GONE)
                            : message(Response.Status.NOT_FOUND, "TaskNotFound", NO_TASK));
                }
                // an id that names nothing (an instance, an execution): what cannot be seen answers the same
                return Optional.of(notFound());
            }
            if (cause instanceof AuthorizationException denied && !(denied instanceof OperationRefusedException)
                    && onlyReads(denied) && !concernsEndedTask(denied)) {
                return Optional.of(notFound()); // not visible and not there answer alike: no existence oracle
            }
            if (cause instanceof AuthorizationException denied) {
                return Optional.of(concernsEndedTask(denied)
                        ? message(Response.Status.CONFLICT, "TaskGone", TASK_GONE)
                        : detailed(Response.Status.FORBIDDEN, "AuthorizationException",
                                denied instanceof OperationRefusedException ? denied.getMessage() : FORBIDDEN, denied.getMessage()));
            }
            if (cause instanceof com.fasterxml.jackson.core.JsonProcessingException malformed) {
                return Optional.of(detailed(Response.Status.BAD_REQUEST, "MalformedJson", MALFORMED, malformed.getOriginalMessage()));
            }
        }
        return Optional.empty();
    }

    /** What a refused read answers, exactly as a read of something that is not there. */
    private static Response notFound() {
        return message(Response.Status.NOT_FOUND, "NotFound", NOT_FOUND);
    }

    private static final java.util.Set<String> READS = java.util.Set.of("READ", "READ_INSTANCE", "READ_VARIABLE",
            "READ_INSTANCE_VARIABLE", "READ_HISTORY", "READ_HISTORY_VARIABLE", "READ_TASK", "READ_TASK_VARIABLE");

    private static boolean onlyReads(AuthorizationException denied) {
        return !denied.getMissingAuthorizations().isEmpty() && denied.getMissingAuthorizations().stream()
                .allMatch(missing -> READS.contains(missing.getViolatedPermissionName()));
    }

    private boolean concernsEndedTask(AuthorizationException denied) {
        List<String> taskIds = denied.getMissingAuthorizations().stream()
                .filter(missing -> Resources.TASK.resourceName().equals(missing.getResourceType()))
                .map(MissingAuthorization::getResourceId)
                .filter(id -> id != null && !org.camunda.bpm.engine.authorization.Authorization.ANY.equals(id)).toList();
        return !taskIds.isEmpty() && taskIds.stream().allMatch(this::taskEnded);
    }

    /** Whether the task existed and is no longer open; looked up past the caller's authorizations. */
    private boolean taskEnded(String taskId) {
        var configuration = (ProcessEngineConfigurationImpl) engine.getObject().getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
                () -> context.getTaskManager().findTaskById(taskId) == null
                        && context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId) != null));
    }

    /** The answer of a start: the instance (the shape of Camunda's ProcessInstanceDto). */
    private Response firstStart(DuplicateStartException duplicate) {
        return starts.find(duplicate.processKey(), duplicate.requestKey())
                .map(first -> {
                    Map<String, Object> instance = new LinkedHashMap<>();
                    instance.put("links", List.of());
                    instance.put("id", first.processInstanceId());
                    instance.put("definitionId", first.processDefinitionId());
                    instance.put("businessKey", first.businessKey());
                    instance.put("caseInstanceId", null);
                    instance.put("ended", false);
                    instance.put("suspended", false);
                    instance.put("tenantId", null);
                    instance.put("duplicate", true);
                    return Response.ok(instance, json()).build();
                })
                // The first start has not committed (or was rolled back): the client may send again.
                .orElseGet(() -> message(Response.Status.CONFLICT, "StartInProgress", START_IN_PROGRESS));
    }

    private static Response message(Response.Status status, String type, String message) {
        return Response.status(status).type(json()).entity(Map.of("type", type, "message", message)).build();
    }

    /** A Japanese sentence for the person, Camunda's own words for whoever investigates. */
    private static Response detailed(Response.Status status, String type, String message, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("message", message);
        body.put("detail", detail);
        return Response.status(status).type(json()).entity(body).build();
    }

    /** Camunda's own refusals of a request (wrong variable type, unknown key, unknown message). */
    static Optional<Response> camundaRefusal(RestException exception) {
        if (exception.getStatus() == Response.Status.BAD_REQUEST) {
            return Optional.of(detailed(Response.Status.BAD_REQUEST, "InvalidRequestException", BAD_REQUEST, exception.getMessage()));
        }
        if (exception.getStatus() == Response.Status.NOT_FOUND) {
            // no detail: a refused read answers the same (see onlyReads), whatever the id
            return Optional.of(notFound());
        }
        return Optional.empty();
    }

    private static MediaType json() {
        return MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");
    }

    /** Camunda wraps what the engine throws in a RestException; Priority 1 wins over its own mapper. */
    @Priority(1)
    public static class Mapper implements ExceptionMapper<RestException> {

        private final RestExceptionHandler camundaDefault = new RestExceptionHandler();
        private final InvalidInputRestMapping mapping;

        Mapper(InvalidInputRestMapping mapping) {
            this.mapping = mapping;
        }

        @Override
        public Response toResponse(RestException exception) {
            return mapping.answer(exception).or(() -> camundaRefusal(exception))
                    .orElseGet(() -> camundaDefault.toResponse(exception));
        }
    }

    /**
     * Some resources let engine exceptions through unwrapped, and a JPA version conflict surfaces
     * when the engine's transaction commits: for these the nearest mapper by type wins.
     */
    @Priority(1)
    abstract static class Settled<E extends Throwable> implements ExceptionMapper<E> {

        private final InvalidInputRestMapping mapping;

        Settled(InvalidInputRestMapping mapping) {
            this.mapping = mapping;
        }

        @Override
        public Response toResponse(E exception) {
            return mapping.answer(exception).orElseThrow();
        }
    }

    /**
     * A message correlation lets a delegate's refusal through unwrapped (e.g. a new discharge
     * date while the child is readmitted): without this, Camunda's handler answers 500.
     */
    static class InvalidInputMapper extends Settled<InvalidInputException> {
        InvalidInputMapper(InvalidInputRestMapping mapping) {
            super(mapping);
        }
    }

    static class UnknownTargetMapper extends Settled<UnknownTargetException> {
        UnknownTargetMapper(InvalidInputRestMapping mapping) {
            super(mapping);
        }
    }

    /** Only what escapes a REST resource itself: an engine failure arrives wrapped, never as this. */
    static class MissingBodyMapper extends Settled<NullPointerException> {
        MissingBodyMapper(InvalidInputRestMapping mapping) {
            super(mapping);
        }
    }

    static class NullValueMapper extends Settled<NullValueException> {
        NullValueMapper(InvalidInputRestMapping mapping) {
            super(mapping);
        }
    }

    static class OptimisticLockingMapper extends Settled<OptimisticLockingException> {
        OptimisticLockingMapper(InvalidInputRestMapping mapping) {
            super(mapping);
        }
    }

    static class EntityVersionMapper extends Settled<ObjectOptimisticLockingFailureException> {
        EntityVersionMapper(InvalidInputRestMapping mapping) {
            super(mapping);
        }
    }

    static class AuthorizationMapper extends Settled<AuthorizationException> {
        AuthorizationMapper(InvalidInputRestMapping mapping) {
            super(mapping);
        }

    }

    static class MalformedJsonMapper extends Settled<com.fasterxml.jackson.core.JsonParseException> {
        MalformedJsonMapper(InvalidInputRestMapping mapping) {
            super(mapping);
        }
    }

    static class MistypedJsonMapper extends Settled<com.fasterxml.jackson.databind.JsonMappingException> {
        MistypedJsonMapper(InvalidInputRestMapping mapping) {
            super(mapping);
        }
    }

    static class AlreadyClaimedMapper extends Settled<TaskAlreadyClaimedException> {
        AlreadyClaimedMapper(InvalidInputRestMapping mapping) {
            super(mapping);
        }
    }
}
