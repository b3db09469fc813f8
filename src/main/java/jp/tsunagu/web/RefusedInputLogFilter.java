package jp.tsunagu.web;

import org.camunda.bpm.engine.impl.context.Context;
import org.slf4j.Marker;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.process.DuplicateStartException;

/**
 * Keeps the engine's ERROR log for faults. Camunda logs every exception that ends a command at
 * ERROR (ENGINE-16004), also the refusals of bad input that our delegates throw on purpose and
 * that the person already reads as a Japanese message with a 4xx: a busy day of typing errors
 * would bury a real failure. Only those refusals are dropped, and only where a person is
 * answered: in a job (an asynchronous step) nobody reads the message, so it stays an error.
 * Registered in logback-spring.xml.
 */
public class RefusedInputLogFilter extends TurboFilter {

    private static final String ENGINE_LOGGERS = "org.camunda.bpm.engine";

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level != Level.ERROR || logger == null || !logger.getName().startsWith(ENGINE_LOGGERS)
                || Context.getJobExecutorContext() != null) {
            return FilterReply.NEUTRAL;
        }
        if (isRefusal(t)) {
            return FilterReply.DENY;
        }
        if (params != null) {
            for (Object param : params) {
                if (param instanceof Throwable thrown && isRefusal(thrown)) {
                    return FilterReply.DENY;
                }
            }
        }
        return FilterReply.NEUTRAL;
    }

    /** The exception or one of its causes is a refusal of input (not a fault of the system). */
    static boolean isRefusal(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof InvalidInputException || cause instanceof DuplicateStartException) {
                return true;
            }
        }
        return false;
    }
}
