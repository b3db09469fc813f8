package jp.tsunagu.webapp;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, as a Japanese staff member's browser in Japan: Japanese as the
 * only language, Asia/Tokyo as time zone, a fresh profile each run. The driver and browser paths
 * are given explicitly so that Selenium Manager never downloads anything.
 */
final class JapaneseBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("tsunagu.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("tsunagu.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "e2e");
    static final String INSTALL_HINT = "The browser tests need Debian's Chromium, its driver and a Japanese font:"
            + " apt-get install -y chromium chromium-driver fonts-ipafont-gothic (.ci/run installs them)."
            + " Other paths: -Dtsunagu.chromium=... -Dtsunagu.chromedriver=...";

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path profile;
    private final String baseUrl;
    private final String story;
    private int screenshots;

    private JapaneseBrowser(ChromeDriver driver, Path profile, String baseUrl, String story) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        this.profile = profile;
        this.baseUrl = baseUrl;
        this.story = story;
    }

    /** Fails, never skips, when Chromium is missing: CI must not pass without its browser tests. */
    static JapaneseBrowser open(String baseUrl, String story) throws IOException {
        requireExecutables(List.of(CHROMIUM, CHROMEDRIVER));
        // With the driver and the browser named, Selenium Manager has nothing to look up or fetch.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile = Files.createTempDirectory("tsunagu-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--lang=ja", "--accept-lang=ja",
                "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                // Chromium takes its time zone from TZ: dates show as in an office in Aomori.
                .withEnvironment(Map.of("TZ", "Asia/Tokyo"))
                .build();
        Files.createDirectories(SCREENSHOTS);
        ChromeDriver driver = new ChromeDriver(service, options);
        // Headless Chromium formats dates as en-US whatever --lang says; a Japanese desktop
        // browser formats them as ja-JP (form-js derives its date field's format from this).
        driver.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", "ja-JP"));
        return new JapaneseBrowser(driver, profile, baseUrl, story);
    }

    static void requireExecutables(List<Path> executables) {
        for (Path executable : executables) {
            if (!Files.isExecutable(executable)) {
                throw new IllegalStateException(executable + " not found. " + INSTALL_HINT);
            }
        }
    }

    void go(String path) {
        driver.get(baseUrl + path);
    }

    String title() {
        return driver.getTitle();
    }

    String language() {
        return (String) script("return navigator.languages[0];");
    }

    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    WebElement waitFor(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    void waitForText(String text) {
        wait.until(new ExpectedCondition<Boolean>() {
            @Override
            public Boolean apply(WebDriver browser) {
                try {
                    return browser.findElement(By.tagName("body")).getText().contains(text);
                } catch (WebDriverException pageChanging) {
                    // The body was replaced while it was read (a navigation); Chromium reports that
                    // as "Node … does not belong to the document", not as a stale element.
                    return false;
                }
            }

            @Override
            public String toString() {
                return "text ('" + text + "') to be present in the page";
            }
        });
    }

    void waitUntilGone(By locator) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(locator));
    }

    void click(By locator) {
        // Tasklist draws its list again when a query answers; an element found just before that
        // is gone when the click arrives (seen on CI). Like a person, find it again and click.
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement element = wait.until(ExpectedConditions.elementToBeClickable(locator));
                // A person scrolls what they click into full view. WebElement.click() scrolls it only to
                // the bottom edge of Tasklist's task pane, which lies under the page footer.
                script("arguments[0].scrollIntoView({block: 'start', behavior: 'instant'});", element);
                new Actions(driver).moveToElement(element).click().perform();
                return;
            } catch (StaleElementReferenceException redrawn) {
                if (attempt == 3) {
                    throw redrawn;
                }
            }
        }
    }

    String visibleText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** What a person can see: the texts of visible elements and their title and placeholder values. */
    record Shown(List<String> texts, List<String> attributes) {
    }

    @SuppressWarnings("unchecked")
    Shown shown() {
        List<List<String>> shown = (List<List<String>>) script("""
                const visible = e => !!e && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
                const texts = [];
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  const text = node.data.trim();
                  if (text && visible(node.parentElement) && !node.parentElement.closest('script, style')) {
                    texts.push(text);
                  }
                }
                const attributes = [];
                for (const element of document.querySelectorAll('[title], [placeholder]')) {
                  for (const name of ['title', 'placeholder']) {
                    if (element.getAttribute(name) && visible(element)) {
                      attributes.push(element.getAttribute(name));
                    }
                  }
                }
                return [texts, attributes];""");
        return new Shown(shown.get(0), shown.get(1));
    }

    /** Logs in on the login page of whichever web app is open, by the fields' Japanese placeholders. */
    void logIn(String user, String password) {
        waitFor(By.cssSelector("input[placeholder='ユーザー名']")).sendKeys(user);
        driver.findElement(By.cssSelector("input[placeholder='パスワード']")).sendKeys(password);
        click(By.xpath("//button[normalize-space()='ログイン']"));
        waitUntilGone(By.cssSelector("input[placeholder='パスワード']"));
    }

    /** Logs out through the account menu in the header, as a person would. */
    void logOut() {
        click(By.cssSelector("[cam-widget-header] .account a.dropdown-toggle"));
        click(By.xpath("//*[@cam-widget-header]//a[normalize-space()='ログアウト']"));
        waitFor(By.cssSelector("input[placeholder='ユーザー名']"));
    }

    /**
     * Opens a flow's start form from Tasklist's 業務を開始 list. The list is drawn again when its
     * query answers, and a click in that moment is lost (the list stays open, seen on a busy CI
     * machine); like a person, click again while the form has not appeared.
     */
    void openStartForm(String processName, String firstFieldLabel) {
        By link = By.xpath("//a[normalize-space()='" + processName + "']");
        By label = By.xpath("//label[contains(@class,'fjs-form-field-label')][starts-with(normalize-space(.), '"
                + firstFieldLabel + "')]");
        for (int attempt = 1; attempt <= 3; attempt++) {
            click(link);
            try {
                new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(label));
                return;
            } catch (org.openqa.selenium.TimeoutException notYet) {
                List<WebElement> back = driver.findElements(By.xpath("//a[normalize-space()='戻る'] | //button[normalize-space()='戻る']"));
                if (!back.isEmpty() && back.get(0).isDisplayed()) {
                    // Another flow's form opened (the list moved as it loaded under the click): back to the list.
                    click(By.xpath("//a[normalize-space()='戻る'] | //button[normalize-space()='戻る']"));
                } else if (driver.findElements(link).isEmpty()) {
                    break; // the click was taken and the form is still loading
                }
            }
        }
        waitFor(label);
    }

    /** The input of a Camunda Forms (form-js) field, found by its label as a person reads it. */
    WebElement field(String label) {
        WebElement labelElement = waitFor(By.xpath("//label[contains(@class,'fjs-form-field-label')]"
                + "[starts-with(normalize-space(.), '" + label + "')]"));
        return driver.findElement(By.id(labelElement.getAttribute("for")));
    }

    /** Chooses the radio button or checkbox whose label reads {@code option}. */
    void choose(String option) {
        By label = By.xpath("//label[contains(@class,'fjs-form-field-label')][normalize-space(.)='" + option + "']");
        // Tasklist loads the task's data into the form again right after a claim, which can undo
        // a choice made in that moment; like a person, look and choose again.
        for (int attempt = 1; attempt <= 3; attempt++) {
            click(label);
            WebElement input = driver.findElement(By.id(driver.findElement(label).getAttribute("for")));
            try {
                new WebDriverWait(driver, Duration.ofSeconds(2)).until(ignored -> input.isSelected());
                return;
            } catch (org.openqa.selenium.TimeoutException notYet) {
                // choose again
            }
        }
        throw new AssertionError(option + " could not be chosen");
    }

    /** Saves a numbered screenshot, target/e2e/{story}-{nn}-{name}.png, and returns its path. */
    Path screenshot(String name) {
        Path target = SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", story, ++screenshots, name));
        File shot = driver.getScreenshotAs(OutputType.FILE);
        try {
            Files.move(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Screenshot and HTML of the page as it is when a step failed, for whoever reads the CI log. */
    void keepEvidence() {
        try {
            screenshot("failure");
            Files.writeString(SCREENSHOTS.resolve(story + "-failure.html"), driver.getPageSource());
        } catch (RuntimeException | IOException ignored) {
            // the browser itself may be what failed; the test's own error says more
        }
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
