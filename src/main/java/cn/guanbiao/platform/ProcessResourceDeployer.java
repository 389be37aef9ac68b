package cn.guanbiao.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Deploys the BPMN, DMN and form files from the top-level {@code processes/} and {@code forms/} folders, where
 * administrators edit them. Resource names are stable ({@code processes/award-application.bpmn}), so on a restart
 * an unchanged file is not deployed again and a changed one becomes a new version.
 */
@Component
public class ProcessResourceDeployer extends AbstractProcessEnginePlugin {

    static final String DEPLOYMENT_NAME = "guanbiao-award";
    private static final Logger log = LoggerFactory.getLogger(ProcessResourceDeployer.class);
    private static final List<String> FOLDERS = List.of("processes", "forms");

    private final Path root;

    public ProcessResourceDeployer(@Value("${app.deployment.directory:.}") String root) {
        this.root = Path.of(root);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        DeploymentBuilder builder = engine.getRepositoryService().createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("processes/ and forms/")
                .enableDuplicateFiltering(true);
        for (String folder : FOLDERS) {
            for (Path file : filesIn(root.resolve(folder))) {
                addResource(builder, folder + "/" + file.getFileName(), file);
            }
        }
        DeploymentWithDefinitions deployment = builder.deployWithResult();
        log.info("Deployed {} from {} ({} new definitions)", DEPLOYMENT_NAME, root.toAbsolutePath().normalize(),
                deployment.getDeployedProcessDefinitions() == null ? 0 : deployment.getDeployedProcessDefinitions().size());
    }

    private static List<Path> filesIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("Folder " + folder.toAbsolutePath().normalize()
                    + " not found: start the application from the project folder or set app.deployment.directory");
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(ProcessResourceDeployer::isDeployable).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isDeployable(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".bpmn") || name.endsWith(".dmn") || name.endsWith(".form");
    }

    private static void addResource(DeploymentBuilder builder, String name, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            builder.addString(name, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
