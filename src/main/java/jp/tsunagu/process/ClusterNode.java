package jp.tsunagu.process;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Gives this node a name (TSUNAGU_NODE_NAME) in a cluster of nodes on one database: it becomes
 * the lock owner of the jobs the node's job executor takes and the host name in the job log, so
 * an operator can tell which node held or ran a job. Without a name Camunda keeps its own
 * random lock owner, which is just as safe, only less readable.
 */
@Component
public class ClusterNode extends AbstractProcessEnginePlugin {

    private final String nodeName;

    public ClusterNode(@Value("${tsunagu.cluster.node-name:}") String nodeName) {
        this.nodeName = nodeName == null ? "" : nodeName.strip();
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (!nodeName.isEmpty()) {
            configuration.setHostname(nodeName);
        }
    }

    /** After the starter has put its job executor into the configuration. */
    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (!nodeName.isEmpty() && configuration.getJobExecutor() != null) {
            configuration.getJobExecutor().setLockOwner(nodeName);
        }
    }
}
