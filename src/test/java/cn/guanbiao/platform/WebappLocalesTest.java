package cn.guanbiao.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project's Chinese translations of Tasklist, Welcome and Admin (locales/zh.json under
 * src/main/resources/META-INF/resources/webjars/camunda/app/) stay complete against the English of the Camunda
 * webjar on the classpath: after a Camunda upgrade, a new or changed key fails here instead of showing up in
 * English (or as its raw key) to an official.
 */
class WebappLocalesTest {

    static final Path APPS = Path.of("src/main/resources/META-INF/resources/webjars/camunda/app");
    static final String WEBJAR_APPS = "META-INF/resources/webjars/camunda/app/";
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}");
    /** HTML elements (not text such as "&lt;null&gt;", which the apps show as it is). */
    static final Pattern HTML_TAG = Pattern.compile("</?(a|b|br|code|div|em|i|li|ol|p|span|strong|ul)\\b[^>]*>");
    static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    static final Pattern LOCALES = Pattern.compile(
            "^\\s*locales\\s*:\\s*\\{\\s*availableLocales\\s*:\\s*\\[([^]]*)]\\s*,\\s*fallbackLocale\\s*:\\s*'([a-z]+)'",
            Pattern.MULTILINE);
    static final String BANNER = "BANNER_CE_EOL_TEXT";
    /** An import of another of the project's files: CSS {@code @import url("…")}, JavaScript {@code from '…'}. */
    static final Pattern IMPORT = Pattern.compile("@import url\\(\"([^\"]+)\"\\)|\\bfrom '(\\.[^']+)'");
    static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "admin"})
    void everyEnglishKeyHasAChineseTranslationWithTheSamePlaceholders(String app) {
        JsonNode en = webjarLocale(app, "en");
        JsonNode zh = projectLocale(app, "zh");
        Map<String, String> english = labels(en);
        Map<String, String> chinese = labels(zh);

        assertThat(chinese.keySet()).as("%s zh.json keys", app).containsExactlyInAnyOrderElementsOf(english.keySet());
        List<String> wrong = new ArrayList<>();
        english.forEach((key, text) -> {
            String translation = chinese.get(key);
            if (!all(PLACEHOLDER, text, m -> m.group(1)).equals(all(PLACEHOLDER, translation, m -> m.group(1)))) {
                wrong.add(key + ": placeholders of " + text + " ≠ " + translation);
            }
            if (!key.equals(BANNER) && !all(HTML_TAG, text, m -> m.group(1)).equals(all(HTML_TAG, translation, m -> m.group(1)))) {
                wrong.add(key + ": HTML of " + text + " ≠ " + translation);
            }
            boolean untranslated = translation.equals(text) && text.matches(".*[A-Za-z].*") && !text.matches("ID\\*?");
            if (untranslated || (text.matches(".*[A-Za-z]{3,}.*") && !key.equals(BANNER) && !CHINESE.matcher(translation).find())) {
                wrong.add(key + ": not translated: " + translation);
            }
        });
        assertThat(wrong).as("%s zh.json", app).isEmpty();
        assertThat(names(zh)).as("%s zh.json top-level parts", app).isEqualTo(names(en));
        if (en.has("dateLocales")) {
            assertThat(names(zh.get("dateLocales"))).isEqualTo(names(en.get("dateLocales")));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "admin"})
    void theChineseEndOfLifeBannerIsEmpty(String app) {
        assertThat(labels(webjarLocale(app, "en"))).containsKey(BANNER);
        assertThat(labels(projectLocale(app, "zh"))).containsEntry(BANNER, "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
    void theBannerIsHiddenInEveryLanguageAndTheAppsCarryTheProgrammesName(String app) throws IOException {
        String css = withImports(APPS.resolve(app + "/styles/user-styles.css"));
        assertThat(css.replaceAll("\\s+", " ")).contains(".ce-eol-banner { display: none !important; }");
        String config = withImports(APPS.resolve(app + "/scripts/config.js"));
        assertThat(config).contains("vendor: '贯标认证奖励'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
    void whatTheFourAppsShareIsWrittenOnceInGuanbiao(String app) throws IOException {
        String css = Files.readString(APPS.resolve(app + "/styles/user-styles.css"));
        String config = Files.readString(APPS.resolve(app + "/scripts/config.js"));

        assertThat(css).contains("@import url(\"../../guanbiao/user-styles.css\");").doesNotContain(".ce-eol-banner");
        assertThat(config).contains("from '../../guanbiao/app-config.js'", "export default appConfig(")
                .doesNotContain("vendor:", "locales:", "customScripts:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
    void chineseComesFirstAndIsTheFallbackEnglishStaysAvailable(String app) throws IOException {
        Matcher locales = locales(app);
        assertThat(locales.group(1).replaceAll("\\s", "")).isEqualTo("'zh','en'");
        assertThat(locales.group(2)).isEqualTo("zh");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
    void everyAvailableLocaleHasItsFileElseTheAppShowsAnError(String app) throws IOException {
        Matcher locales = locales(app);
        List<String> available = all(Pattern.compile("'([a-z]+)'"), locales.group(1), m -> m.group(1));
        assertThat(available).contains(locales.group(2));
        for (String locale : available) {
            boolean inProject = Files.exists(APPS.resolve(app + "/locales/" + locale + ".json"));
            boolean inWebjar = getClass().getClassLoader().getResource(WEBJAR_APPS + app + "/locales/" + locale + ".json") != null;
            assertThat(inProject || inWebjar).as("%s locale %s", app, locale).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
    void everyCustomScriptExists(String app) throws IOException {
        String config = withImports(APPS.resolve(app + "/scripts/config.js"));
        Matcher scripts = Pattern.compile("^\\s*customScripts\\s*:\\s*\\[([^]]*)]", Pattern.MULTILINE).matcher(config);
        while (scripts.find()) {
            for (String script : all(Pattern.compile("'([^']+)'"), scripts.group(1), m -> m.group(1))) {
                assertThat(APPS.resolve(app + "/" + script + ".js")).as("%s custom script", app).isRegularFile();
            }
        }
    }

    @Test
    void theLocaleFilesAreUtf8WithoutByteOrderMark() throws IOException {
        for (String app : List.of("tasklist", "welcome", "admin")) {
            byte[] bytes = Files.readAllBytes(APPS.resolve(app + "/locales/zh.json"));
            assertThat(bytes[0]).as(app).isEqualTo((byte) '{');
            assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("任务");
        }
    }

    /** The file followed by the project's files it imports, as the browser puts them together. */
    private static String withImports(Path file) throws IOException {
        String text = Files.readString(file);
        StringBuilder all = new StringBuilder(text);
        Matcher imports = IMPORT.matcher(text);
        while (imports.find()) {
            String target = imports.group(1) != null ? imports.group(1) : imports.group(2);
            all.append('\n').append(withImports(file.getParent().resolve(target).normalize()));
        }
        return all.toString();
    }

    private static Matcher locales(String app) throws IOException {
        String config = withImports(APPS.resolve(app + "/scripts/config.js"));
        Matcher locales = LOCALES.matcher(config);
        assertThat(locales.find()).as("%s config.js sets locales", app).isTrue();
        return locales;
    }

    /** The webjar's file (not one of the project's, should it ever override English too). */
    private JsonNode webjarLocale(String app, String locale) {
        String name = WEBJAR_APPS + app + "/locales/" + locale + ".json";
        try {
            List<URL> urls = Collections.list(getClass().getClassLoader().getResources(name));
            URL url = urls.stream().filter(u -> u.getProtocol().equals("jar")).findFirst()
                    .orElseGet(() -> urls.stream().findFirst().orElseThrow(() -> new AssertionError("no " + name)));
            try (InputStream in = url.openStream()) {
                return JSON.readTree(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode projectLocale(String app, String locale) {
        try {
            return JSON.readTree(APPS.resolve(app + "/locales/" + locale + ".json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> labels(JsonNode locale) {
        Map<String, String> labels = new TreeMap<>();
        locale.get("labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new java.util.TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> all(Pattern pattern, String text, Function<Matcher, String> part) {
        Matcher m = pattern.matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(part.apply(m));
        }
        return found.stream().sorted().collect(Collectors.toList());
    }
}
