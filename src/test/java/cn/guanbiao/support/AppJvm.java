package cn.guanbiao.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The command that starts a JVM of the application's own: Java with the pom's {@code app.jvmArgs}. */
public final class AppJvm {

    private AppJvm() {
    }

    public static List<String> command() {
        String arguments = System.getProperty("app.jvmArgs");
        if (arguments == null) {
            throw new IllegalStateException("app.jvmArgs is not set: run the test through Maven, which passes the pom's");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.stream(arguments.trim().split("\\s+")).filter(a -> !a.isEmpty()).toList());
        return command;
    }
}
