package cn.guanbiao.platform;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * The jobs of the engine's open batches (a call's decision reaches its applications through them), in the order a
 * batch runs them: seed, one job per item, monitor. For whoever drives the engine by hand: the demo data, the tests.
 */
@Component
public class EngineBatches {

    private final ManagementService managementService;

    public EngineBatches(ManagementService managementService) {
        this.managementService = managementService;
    }

    public boolean anyOpen() {
        return managementService.createBatchQuery().count() > 0;
    }

    public List<Job> jobs() {
        return managementService.createBatchQuery().list().stream()
                .flatMap(batch -> jobDefinitions(batch).stream())
                .flatMap(definition -> managementService.createJobQuery().jobDefinitionId(definition).list().stream())
                .toList();
    }

    private static List<String> jobDefinitions(Batch batch) {
        return List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(), batch.getMonitorJobDefinitionId());
    }
}
