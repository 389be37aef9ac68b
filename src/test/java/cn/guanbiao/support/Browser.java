package cn.guanbiao.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;

import cn.guanbiao.demo.DemoData;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WrapsDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The browser of a browser test: headless Chromium from Debian ({@code /usr/bin/chromium}, driven by
 * {@code /usr/bin/chromedriver}), the browser a reviewer or applicant would use. A JUnit extension, registered as a field:
 * <pre>
 * &#64;RegisterExtension final Browser browser = new Browser();
 * </pre>
 * It starts when the test first uses it and quits after each test (a screenshot {@code failed-<class>-<test>} first
 * when the test failed); in between it is the {@link WebDriver}, with the waits and clicks the tests share. Its address
 * is that of the test's Spring context ({@link #url}). Screenshots go to {@code target/screenshots/}.
 */
public final class Browser implements WebDriver, JavascriptExecutor, org.openqa.selenium.TakesScreenshot, WrapsDriver,
        BeforeEachCallback, AfterEachCallback {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private String language = "zh-CN";
    private boolean checkCspAfterEach;
    private int port;
    private ChromeDriver driver;

    /**
     * After each test, whatever it did: the pages it opened ran under their Content-Security-Policy without a refusal
     * ({@link #cspViolations}).
     */
    public Browser checkingCspAfterEach() {
        this.checkCspAfterEach = true;
        return this;
    }

    /** The language the browser prefers (zh-CN unless told), set before it starts. */
    public Browser preferring(String language) {
        if (driver != null) {
            throw new IllegalStateException("The browser has started in " + this.language);
        }
        this.language = language;
        return this;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        port = SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port", Integer.class);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (driver == null) {
            return;
        }
        try {
            if (context.getExecutionException().isPresent()) {
                screenshot("failed-" + context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName());
            }
            if (checkCspAfterEach) {
                List<String> refused = cspViolations();
                if (!refused.isEmpty()) {
                    throw new AssertionError("The Content-Security-Policy refused: " + refused);
                }
            }
        } finally {
            quit();
        }
    }

    /** The address of the path in the application under test ("/public/notices" → http://localhost:port/public/notices). */
    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Tasklist's start page, where the reviewers sign in. */
    public String tasklistUrl() {
        return url("/camunda/app/tasklist/default/");
    }

    /**
     * Signs in to the Camunda web application at {@code url} (Tasklist's, say) as a demo user and waits until the
     * sign-in form is gone. The login page moves the focus to the user name once more 300 ms after it shows, which
     * can send the rest of the password into the user name field ("inspector1demo"): the fields are typed again
     * until they hold what was typed. A sign-in that is refused or does not finish fails here, with a screenshot and
     * the page's text, rather than as a missing element further on.
     */
    public void signIn(String url, String user) {
        signIn(url, user, DemoData.PASSWORD);
    }

    /** {@link #signIn} with another password than the demo users' (the administrator's, say). */
    public void signIn(String url, String user, String password) {
        get(url);
        submitSignIn(user, password);
    }

    /** {@link #signIn} on the login page already shown. */
    public void submitSignIn(String user) {
        submitSignIn(user, DemoData.PASSWORD);
    }

    private void submitSignIn(String user, String secret) {
        WebElement username = waitFor(By.cssSelector("input[ng-model=\"username\"]"));
        WebElement password = findElement(By.cssSelector("input[ng-model=\"password\"]"));
        for (int attempt = 1; !(user.equals(username.getDomProperty("value"))
                && secret.equals(password.getDomProperty("value"))); attempt++) {
            if (attempt > 3) {
                throw new AssertionError("The login page kept the user name " + username.getDomProperty("value")
                        + " (screenshot " + screenshot("sign-in-" + user) + ")");
            }
            retype(username, user);
            retype(password, secret);
        }
        findElement(By.cssSelector(".form-signin button[type=submit]")).click();
        try {
            waiting(30).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".form-signin")));
        } catch (TimeoutException e) {
            Path shot = screenshot("sign-in-" + user);
            throw new AssertionError("Signing in as " + user + " did not finish; the page says: "
                    + findElement(By.tagName("body")).getText() + " (screenshot " + shot + ")", e);
        }
    }

    /** Replaces the field's text by key strokes, which AngularJS's model follows (unlike {@code clear()}). */
    private static void retype(WebElement field, String text) {
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        field.sendKeys(text);
    }

    /** From now on every request carries HTTP Basic credentials of the demo user (the admin pages ask for them). */
    public void signInWithHttpBasic(String user) {
        executeCdpCommand("Network.enable", Map.of());
        executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8)))));
    }

    /**
     * What the page's Content-Security-Policy refused since the last call, as Chromium reports it on the console ("Executing
     * inline script violates the following Content Security Policy directive … The action has been blocked.", "Applying
     * inline style violates…"; older versions: "Refused to execute inline script…"). Reading the console empties it.
     */
    public List<String> cspViolations() {
        return manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")
                        && (message.contains("has been blocked") || message.contains("Refused to"))).toList();
    }

    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Scrolled to the middle first: Tasklist's fixed footer covers the bottom of the window. */
    public void click(WebElement element) {
        scrollTo(element);
        element.click();
    }

    public void scrollTo(WebElement element) {
        executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    /** The element, once visible (20 s at the most). */
    public WebElement waitFor(By by) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Until one of the elements found contains the text (20 s at the most). */
    public void waitForText(By by, String text) {
        waitUntil(d -> d.findElements(by).stream().anyMatch(e -> e.getText().contains(text)));
    }

    /** Until the condition holds (20 s at the most); what it gave. */
    public <T> T waitUntil(Function<? super WebDriver, T> condition) {
        return new WebDriverWait(this, WAIT).until(condition);
    }

    /** A wait of the given length, for the conditions that should hold sooner or may take longer than 20 s. */
    public WebDriverWait waiting(int seconds) {
        return new WebDriverWait(this, Duration.ofSeconds(seconds));
    }

    /** A Chrome DevTools command (Emulation.setDeviceMetricsOverride, say). */
    public Map<String, Object> executeCdpCommand(String command, Map<String, Object> parameters) {
        return driver().executeCdpCommand(command, parameters);
    }

    @Override
    public WebDriver getWrappedDriver() {
        return driver();
    }

    private ChromeDriver driver() {
        if (driver == null) {
            driver = start(language);
        }
        return driver;
    }

    private static ChromeDriver start(String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1400,1800", "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        // the console, for what the Content-Security-Policy refused (cspViolations)
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }

    // WebDriver, JavascriptExecutor and TakesScreenshot: the started browser's

    @Override
    public void get(String url) {
        driver().get(url);
    }

    @Override
    public String getCurrentUrl() {
        return driver().getCurrentUrl();
    }

    @Override
    public String getTitle() {
        return driver().getTitle();
    }

    @Override
    public List<WebElement> findElements(By by) {
        return driver().findElements(by);
    }

    @Override
    public WebElement findElement(By by) {
        return driver().findElement(by);
    }

    @Override
    public String getPageSource() {
        return driver().getPageSource();
    }

    @Override
    public void close() {
        driver().close();
    }

    @Override
    public void quit() {
        if (driver != null) {
            try {
                driver.quit();
            } finally {
                driver = null;
            }
        }
    }

    @Override
    public Set<String> getWindowHandles() {
        return driver().getWindowHandles();
    }

    @Override
    public String getWindowHandle() {
        return driver().getWindowHandle();
    }

    @Override
    public TargetLocator switchTo() {
        return driver().switchTo();
    }

    @Override
    public Navigation navigate() {
        return driver().navigate();
    }

    @Override
    public Options manage() {
        return driver().manage();
    }

    @Override
    public Object executeScript(String script, Object... args) {
        return driver().executeScript(script, args);
    }

    @Override
    public Object executeAsyncScript(String script, Object... args) {
        return driver().executeAsyncScript(script, args);
    }

    @Override
    public <X> X getScreenshotAs(OutputType<X> target) {
        return driver().getScreenshotAs(target);
    }
}
