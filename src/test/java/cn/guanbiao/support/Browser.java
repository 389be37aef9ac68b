package cn.guanbiao.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import cn.guanbiao.demo.DemoData;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian ({@code /usr/bin/chromium}, driven by {@code /usr/bin/chromedriver}), the
 * browser a reviewer or applicant would use. Screenshots go to {@code target/screenshots/}.
 */
public final class Browser {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browser() {
    }

    /** A new headless browser whose preferred language is the given one (e.g. "zh-CN"). */
    public static WebDriver start(String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1400,1800", "--lang=" + language);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        // the console, for what the Content-Security-Policy refused (cspViolations)
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .usingAnyFreePort()
                .build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }

    /**
     * Signs in to the Camunda web application at {@code url} (Tasklist's, say) as a demo user and waits until the
     * sign-in form is gone. The login page moves the focus to the user name once more 300 ms after it shows, which
     * can send the rest of the password into the user name field ("inspector1demo"): the fields are typed again
     * until they hold what was typed. A sign-in that is refused or does not finish fails here, with a screenshot and
     * the page's text, rather than as a missing element further on.
     */
    public static void signIn(WebDriver driver, String url, String user) {
        driver.get(url);
        submitSignIn(driver, user);
    }

    /** {@link #signIn} with another password than the demo users' (the administrator's, say). */
    public static void signIn(WebDriver driver, String url, String user, String password) {
        driver.get(url);
        submitSignIn(driver, user, password);
    }

    /** {@link #signIn} on the login page already shown. */
    public static void submitSignIn(WebDriver driver, String user) {
        submitSignIn(driver, user, DemoData.PASSWORD);
    }

    private static void submitSignIn(WebDriver driver, String user, String secret) {
        WebElement username = new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model=\"username\"]")));
        WebElement password = driver.findElement(By.cssSelector("input[ng-model=\"password\"]"));
        for (int attempt = 1; !(user.equals(username.getDomProperty("value"))
                && secret.equals(password.getDomProperty("value"))); attempt++) {
            if (attempt > 3) {
                throw new AssertionError("The login page kept the user name " + username.getDomProperty("value")
                        + " (screenshot " + screenshot(driver, "sign-in-" + user) + ")");
            }
            retype(username, user);
            retype(password, secret);
        }
        driver.findElement(By.cssSelector(".form-signin button[type=submit]")).click();
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".form-signin")));
        } catch (TimeoutException e) {
            Path shot = screenshot(driver, "sign-in-" + user);
            throw new AssertionError("Signing in as " + user + " did not finish; the page says: "
                    + driver.findElement(By.tagName("body")).getText() + " (screenshot " + shot + ")", e);
        }
    }

    /**
     * What the page's Content-Security-Policy refused since the last call, as Chromium reports it on the console ("Executing
     * inline script violates the following Content Security Policy directive … The action has been blocked.", "Applying
     * inline style violates…"; older versions: "Refused to execute inline script…"). Reading the console empties it.
     */
    public static List<String> cspViolations(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")
                        && (message.contains("has been blocked") || message.contains("Refused to"))).toList();
    }

    /** Replaces the field's text by key strokes, which AngularJS's model follows (unlike {@code clear()}). */
    private static void retype(WebElement field, String text) {
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        field.sendKeys(text);
    }

    public static Path screenshot(WebDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
