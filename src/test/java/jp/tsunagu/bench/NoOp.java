package jp.tsunagu.bench;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The bare baseline's service tasks: do nothing, so that only the engine's own work is measured. */
public class NoOp implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        // nothing: the baseline measures the engine alone
    }
}
