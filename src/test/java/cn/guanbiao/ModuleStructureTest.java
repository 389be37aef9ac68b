package cn.guanbiao;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The top-level packages under {@code cn.guanbiao} are Spring Modulith modules: no cycle between them, each only
 * depending on modules of its own layer or below, and their documentation in {@code docs/modules} regenerated here.
 */
class ModuleStructureTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(AwardApplication.class);

    /** Bottom to top; a module may use modules of its own layer (without a cycle) and of the layers below. */
    private static final List<List<String>> LAYERS = List.of(
            List.of("platform", "calendar"),
            List.of("notification"),
            List.of("application"),
            List.of("account", "notice", "award", "credit", "reference", "usertask"),
            List.of("call", "payment", "recovery", "complaint", "review", "pilot", "spotcheck", "evaluation",
                    "document", "report"),
            List.of("applicant"),
            List.of("demo"));

    static final Path CHECKED_IN = Path.of("docs", "modules");
    private static final Path GENERATED = Path.of("target", "modules-docs");

    @Test
    void modulesHaveNoCycleAndUseNoOtherModulesInternals() {
        MODULES.verify();
    }

    @Test
    void everyModuleHasALayerAndUsesNoneAboveIt() {
        List<String> upwards = new ArrayList<>();
        MODULES.forEach(module -> {
            int layer = layerOf(module.getName());
            module.getDirectDependencies(MODULES).uniqueModules()
                    .filter(used -> layerOf(used.getName()) > layer)
                    .forEach(used -> upwards.add(module.getName() + " -> " + used.getName()));
        });

        assertThat(upwards).as("dependencies on a higher layer").isEmpty();
    }

    @Test
    void checkedInModuleDocumentationIsWhatTheModulesGenerate() throws IOException {
        // given: a fresh copy of the documentation (diagrams and module canvases)
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeDocumentation();
        Map<String, String> generated = files(GENERATED);

        // when
        Map<String, String> checkedIn = files(CHECKED_IN);

        // then: compared line by line in any order, as the generator lists dependencies in no fixed order
        if (!linesInAnyOrder(generated).equals(linesInAnyOrder(checkedIn))) {
            replace(CHECKED_IN, generated, checkedIn);
            fail("docs/modules did not match the modules and has been regenerated; review and commit it");
        }
        assertThat(generated).containsKey("components.puml");
    }

    private static int layerOf(String module) {
        for (int i = 0; i < LAYERS.size(); i++) {
            if (LAYERS.get(i).contains(module)) {
                return i;
            }
        }
        throw new AssertionError("module " + module + " has no layer in ModuleStructureTest.LAYERS");
    }

    private static Map<String, List<String>> linesInAnyOrder(Map<String, String> files) {
        Map<String, List<String>> sorted = new TreeMap<>();
        files.forEach((name, text) -> sorted.put(name, text.lines().sorted().toList()));
        return sorted;
    }

    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.filter(Files::isRegularFile).forEach(path -> files.put(
                    folder.relativize(path).toString().replace('\\', '/'), read(path)));
        }
        return files;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes only the files whose lines changed, so that a commit shows what changed and not the generator's order. */
    private static void replace(Path folder, Map<String, String> generated, Map<String, String> checkedIn)
            throws IOException {
        for (String gone : checkedIn.keySet()) {
            if (!generated.containsKey(gone)) {
                Files.delete(folder.resolve(gone));
            }
        }
        for (Map.Entry<String, String> file : generated.entrySet()) {
            String old = checkedIn.get(file.getKey());
            if (old == null || !old.lines().sorted().toList().equals(file.getValue().lines().sorted().toList())) {
                Path target = folder.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
        }
    }
}
