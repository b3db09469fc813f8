package jp.tsunagu.common;

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
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

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
 * first start created, as if this start had made it.</li>
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

    private final StartRequests starts;
    private final ObjectProvider<ProcessEngine> engine;

    public InvalidInputRestMapping(StartRequests starts, ObjectProvider<ProcessEngine> engine) {
        this.starts = starts;
        this.engine = engine;
    }

    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
        config.register(new Mapper(this));
        config.register(new OptimisticLockingMapper(this));
        config.register(new EntityVersionMapper(this));
        config.register(new AlreadyClaimedMapper(this));
        config.register(new AuthorizationMapper(this));
    }

    /** Our answer for an exception or one of its causes; empty when Camunda's answer stands. */
    Optional<Response> answer(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
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
            // Completing, claiming or submitting a task that is no longer there: someone was faster.
            // When the winner commits between the loser's read and its check, the task's grants
            // are gone first and the engine says "not authorized" for a task that has ended.
            if (cause instanceof NullValueException gone && gone.getMessage() != null
                    && gone.getMessage().contains("Cannot find task")
                    || cause instanceof AuthorizationException denied && concernsEndedTask(denied)) {
                return Optional.of(message(Response.Status.CONFLICT, "TaskGone", TASK_GONE));
            }
        }
        return Optional.empty();
    }

    private boolean concernsEndedTask(AuthorizationException denied) {
        List<String> taskIds = denied.getMissingAuthorizations().stream()
                .filter(missing -> Resources.TASK.resourceName().equals(missing.getResourceType()))
                .map(MissingAuthorization::getResourceId).toList();
        if (taskIds.isEmpty()) {
            return false;
        }
        var configuration = (ProcessEngineConfigurationImpl) engine.getObject().getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
                () -> taskIds.stream().allMatch(id -> context.getTaskManager().findTaskById(id) == null)));
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
            return mapping.answer(exception).orElseGet(() -> camundaDefault.toResponse(exception));
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

        InvalidInputRestMapping mapping() {
            return mapping;
        }

        @Override
        public Response toResponse(E exception) {
            return mapping.answer(exception).orElseThrow();
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

        /** Any other refusal keeps Camunda's 403. */
        @Override
        public Response toResponse(AuthorizationException exception) {
            return mapping().answer(exception).orElseGet(() -> new ProcessEngineExceptionHandler().toResponse(exception));
        }
    }

    static class AlreadyClaimedMapper extends Settled<TaskAlreadyClaimedException> {
        AlreadyClaimedMapper(InvalidInputRestMapping mapping) {
            super(mapping);
        }
    }
}
