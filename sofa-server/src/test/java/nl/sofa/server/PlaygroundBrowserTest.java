package nl.sofa.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.sofa.cds.CdsRequests;
import nl.sofa.server.http.CallerCheck;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The playground page in a real browser: headless Chromium driven by Selenium against the server on
 * loopback. The page is checked against what the service itself answers (fetched over HTTP by the
 * test), so the test follows the advice as it changes and still fails when the page drops, reorders,
 * recolours or garbles a card.
 *
 * <p>Needs Chromium and its driver: Debian's {@code chromium} and {@code chromium-driver} packages at
 * {@code /usr/bin}, or the paths in the system properties {@code sofa.chromium} and
 * {@code sofa.chromedriver} (or the environment variables {@code SOFA_CHROMIUM},
 * {@code SOFA_CHROMEDRIVER}). Without them the test fails: CI installs them ({@code .ci/run}).
 */
class PlaygroundBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CRITICAL_EXAMPLE = "daily-overload-sole-caregiver";
    /** A code inside a sentence: an enum or flag name such as SOLE_CAREGIVER. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(_[A-Z0-9]+)+\\b");
    /** The four SOFA roles (In voor Mantelzorg) the detail groups suggestions by. */
    private static final List<String> ROLES = List.of("Samenwerken", "Ondersteunen", "Faciliteren", "Afstemmen");
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static SofaServer server;
    private static ChromeDriverService driverService;
    private static ChromeDriver driver;
    private static Path profile;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void startServerAndBrowser() throws IOException {
        Path chromium = configured("sofa.chromium", "SOFA_CHROMIUM", "/usr/bin/chromium");
        Path chromedriver = configured("sofa.chromedriver", "SOFA_CHROMEDRIVER", "/usr/bin/chromedriver");
        // Fail, never skip: a browser test that silently skips on CI proves nothing.
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(chromium)) {
            missing.add("Chromium (no executable at " + chromium + ")");
        }
        if (!Files.isExecutable(chromedriver)) {
            missing.add("ChromeDriver (no executable at " + chromedriver + ")");
        }
        if (!missing.isEmpty()) {
            fail("The playground browser test needs " + String.join(" and ", missing) + ". Install them "
                    + "(Debian/Ubuntu: sudo apt-get install chromium chromium-driver) or point -Dsofa.chromium / "
                    + "-Dsofa.chromedriver (or SOFA_CHROMIUM / SOFA_CHROMEDRIVER) at them.");
        }
        server = SofaServer.start(ServerOptions.localDevelopment().withPort(0).withDatabaseUrl("jdbc:h2:mem:playground"),
                CallerCheck.NONE);
        profile = Files.createTempDirectory("sofa-chromium-");
        // An explicit driver executable: Selenium Manager then has nothing to look up or download.
        driverService = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toString());
        // The console is read back: a Content-Security-Policy violation or a script error shows there.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1440,1900", "--lang=nl");
        driver = new ChromeDriver(driverService, options);
    }

    @AfterAll
    static void stopBrowserAndServer() throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            try {
                if (driverService != null) {
                    driverService.stop();
                }
            } finally {
                if (server != null) {
                    server.close();
                }
                deleteTree(profile);
            }
        }
    }

    @Test
    void anExampleGivesTheServicesCardsWithIndicatorSummaryDetailAndSuggestions() throws Exception {
        JsonNode expected = callService(exampleRequest(CRITICAL_EXAMPLE)).body();

        openPage();
        chooseExample(CRITICAL_EXAMPLE);
        askAdvice();

        assertThat(state()).isEqualTo("done");
        List<WebElement> cards = cards();
        assertThat(cards).hasSizeGreaterThan(1).hasSize(expected.get("cards").size());
        // Overload of a sole caregiver with a high risk is the critical case of the issue's own example.
        assertThat(cards.get(0).getAttribute("data-indicator")).isEqualTo("critical");
        assertThat(indicators(cards)).containsExactlyElementsOf(texts(expected.get("cards"), "indicator"));
        for (WebElement card : cards) {
            WebElement badge = card.findElement(By.cssSelector(".indicator"));
            assertThat(badge.getText()).as("the indicator has a text label, not colour alone")
                    .isEqualToIgnoringCase(label(card.getAttribute("data-indicator")));
        }
        List<String> summaries = new ArrayList<>();
        for (WebElement card : cards) {
            summaries.add(card.findElement(By.cssSelector(".card-summary")).getText());
        }
        assertThat(summaries).containsExactlyElementsOf(texts(expected.get("cards"), "summary"));
        assertThat(summaries).allSatisfy(s -> assertThat(s).isNotBlank().doesNotContainPattern(CODE));

        List<String> headings = new ArrayList<>();
        for (WebElement h : driver.findElements(By.cssSelector("#cards .card-detail h4, #cards .card-detail h5"))) {
            headings.add(h.getText());
        }
        assertThat(headings).anySatisfy(h -> assertThat(h).startsWith("Ondersteunen"));
        assertThat(headings).filteredOn(h -> ROLES.stream().anyMatch(h::startsWith)).isNotEmpty();
        for (WebElement detail : driver.findElements(By.cssSelector("#cards .card-detail"))) {
            assertThat(detail.getText()).as("Markdown is rendered, not shown")
                    .doesNotContain("**").doesNotContain("###").doesNotContain("\\").doesNotContainPattern(CODE);
            assertThat(detail.findElements(By.cssSelector("li strong"))).isNotEmpty();
        }
        // Each reason of a flag on its own line: Markdown's hard break ("  \n") became a line break.
        assertThat(driver.findElements(By.cssSelector("#cards .card-detail li br"))).isNotEmpty();

        JsonNode first = expected.get("cards").get(0);
        WebElement firstCard = cards.get(0);
        assertThat(textsOf(firstCard.findElements(By.cssSelector(".suggestion-label > span:first-child"))))
                .containsExactlyElementsOf(texts(first.get("suggestions"), "label"));
        assertThat(firstCard.findElements(By.cssSelector(".card-suggestions input[type=checkbox]")))
                .hasSize(first.get("suggestions").size());
        assertThat(textsOf(firstCard.findElements(By.cssSelector("select.override-reason option"))).subList(1,
                first.get("overrideReasons").size() + 1)).containsExactlyElementsOf(texts(first.get("overrideReasons"), "display"));

        JsonNode rawResponse = JSON.readTree(driver.findElement(By.id("raw-response")).getDomProperty("textContent"));
        assertThat(rawResponse.get("cards")).isNotNull();
        assertThat(rawResponse.get("cards").size()).isEqualTo(cards.size());
        JsonNode rawRequest = JSON.readTree(driver.findElement(By.id("raw-request")).getDomProperty("textContent"));
        assertThat(rawRequest.path("hook").asText()).isEqualTo("patient-view");

        screenshot("playground.png");
        assertThat(consoleErrors()).as("script errors or Content-Security-Policy violations").isEmpty();

        // Feedback: the server keeps it (ServerHttpTest reads it back).
        new Select(firstCard.findElement(By.cssSelector("select.override-reason"))).selectByIndex(1);
        firstCard.findElement(By.cssSelector("button.override")).click();
        WebElement feedback = firstCard.findElement(By.cssSelector(".feedback-status"));
        new WebDriverWait(driver, WAIT).until(d -> !feedback.getText().isBlank() && !feedback.getText().endsWith("…"));
        assertThat(feedback.getText()).isEqualTo("Feedback opgeslagen: genegeerd.");
    }

    @Test
    void anExampleWithoutCriticalFlagsShowsNoCriticalCard() throws Exception {
        String name = null;
        JsonNode expected = null;
        for (String candidate : exampleNames()) {
            JsonNode response = callService(exampleRequest(candidate)).body();
            List<String> indicators = texts(response.get("cards"), "indicator");
            if (indicators.size() > 1 && !indicators.contains("critical") && indicators.contains("warning")) {
                name = candidate;
                expected = response;
                break;
            }
        }
        assertThat(name).as("a bundled example whose cards are all warning or info").isNotNull();

        openPage();
        chooseExample(name);
        askAdvice();

        assertThat(state()).isEqualTo("done");
        List<WebElement> cards = cards();
        assertThat(indicators(cards)).containsExactlyElementsOf(texts(expected.get("cards"), "indicator"))
                .doesNotContain("critical").contains("warning");
        assertThat(driver.findElements(By.cssSelector("#cards .indicator[data-indicator=critical]"))).isEmpty();
        for (WebElement card : cards) {
            assertThat(card.findElement(By.cssSelector(".indicator")).getText())
                    .isEqualToIgnoringCase(label(card.getAttribute("data-indicator")));
        }
        screenshot("playground-" + name + ".png");
    }

    @Test
    void aPastedFhirBundleIsSentWithTheDiscoverysPrefetchKeysAndNamesShowAsWritten() throws Exception {
        ObjectNode bundle = (ObjectNode) JSON.readTree(example(CRITICAL_EXAMPLE));
        // A name that would format the card or inject HTML if the page parsed card text as markup.
        String name = "Anna <img src=x id=injected> **niet vet** \\ [x]";
        int named = 0;
        for (JsonNode entry : bundle.get("entry")) {
            JsonNode resource = entry.get("resource");
            if ("RelatedPerson".equals(resource.path("resourceType").asText())) {
                ((ObjectNode) resource).putArray("name").addObject().put("text", name);
                named++;
            }
        }
        assertThat(named).isEqualTo(1);
        String bundleJson = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(bundle);
        JsonNode serverBuilt = JSON.readTree(CdsRequests.patientView(bundleJson, "0b8f4f43-3f0e-4a35-a1d4-6c1a2a0a8f11",
                "Practitioner/playground"));
        JsonNode expected = callService(JSON.writeValueAsString(serverBuilt)).body();

        openPage();
        paste(bundleJson);
        askAdvice();

        assertThat(state()).isEqualTo("done");
        JsonNode sent = JSON.readTree(driver.findElement(By.id("raw-request")).getDomProperty("textContent"));
        JsonNode discovery = JSON.readTree(get("/cds-services")).get("services").get(0).get("prefetch");
        assertThat(fieldNames(sent.get("prefetch"))).containsExactlyElementsOf(fieldNames(discovery));
        assertThat(sent.path("context").path("patientId").asText()).isEqualTo(serverBuilt.path("context").path("patientId").asText());
        for (String key : fieldNames(discovery)) {
            JsonNode mine = sent.get("prefetch").get(key);
            JsonNode theirs = serverBuilt.get("prefetch").get(key);
            assertThat(mine.isNull()).as(key).isEqualTo(theirs.isNull());
            if (theirs.path("resourceType").asText().equals("Bundle")) {
                assertThat(mine.path("type").asText()).as(key).isEqualTo("searchset");
                assertThat(texts(mine.get("entry"), "fullUrl")).as(key).containsExactlyElementsOf(texts(theirs.get("entry"), "fullUrl"));
            } else if (!theirs.isNull()) {
                assertThat(mine.path("resourceType").asText()).as(key).isEqualTo(theirs.path("resourceType").asText());
                assertThat(mine.path("id").asText()).as(key).isEqualTo(theirs.path("id").asText());
            }
        }
        assertThat(indicators(cards())).containsExactlyElementsOf(texts(expected.get("cards"), "indicator"));
        assertThat(driver.findElements(By.cssSelector("#cards img, #injected"))).isEmpty();
        assertThat(textsOf(driver.findElements(By.cssSelector("#cards .card-summary")))).anySatisfy(s -> assertThat(s).contains(name));
        assertThat(textsOf(driver.findElements(By.cssSelector("#cards .card-detail h4"))))
                .as("the escaped name in the Markdown detail shows as written").anySatisfy(h -> assertThat(h).contains(name));
    }

    @Test
    void anErrorOfTheServiceIsShownAsItsMessage() throws Exception {
        String request = """
                {"hook": "patient-view", "hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
                 "context": {"userId": "Practitioner/1", "patientId": "cl-1"}}""";
        Reply expected = callService(request);
        assertThat(expected.status()).isBetween(400, 499);
        String message = expected.body().get("message").asText();

        openPage();
        paste(request);
        askAdvice();

        assertThat(state()).isEqualTo("error");
        WebElement error = driver.findElement(By.id("error"));
        assertThat(error.isDisplayed()).isTrue();
        assertThat(error.getText()).contains(message).contains("HTTP " + expected.status());
        assertThat(cards()).isEmpty();
        assertThat(JSON.readTree(driver.findElement(By.id("raw-response")).getDomProperty("textContent")).get("error").asText())
                .isEqualTo(expected.body().get("error").asText());
    }

    @Test
    void textThatIsNoJsonIsRefusedInDutchWithoutCallingTheService() {
        openPage();
        paste("{ dit is geen json");
        askAdvice();

        assertThat(state()).isEqualTo("error");
        WebElement error = driver.findElement(By.id("error"));
        assertThat(error.isDisplayed()).isTrue();
        assertThat(error.getText()).contains("geen geldige JSON");
        assertThat(driver.findElement(By.id("raw-request")).getDomProperty("textContent")).isEmpty();
        assertThat(driver.findElement(By.id("raw-response")).getDomProperty("textContent")).isEmpty();
    }

    // ------------------------------------------------------------------ the page

    private static void openPage() {
        consoleErrors(); // empties the log: each test reads its own page's console
        driver.get(server.baseUrl() + "/");
        new WebDriverWait(driver, WAIT).until(d -> !"".equals(attribute(By.id("example-select"), "data-loaded")));
        assertThat(attribute(By.id("example-select"), "data-loaded")).isEqualTo("true");
    }

    private static void chooseExample(String name) {
        new Select(driver.findElement(By.id("example-select"))).selectByValue(name);
        new WebDriverWait(driver, WAIT).until(d -> ("example:" + name).equals(attribute(By.id("request-input"), "data-source")));
    }

    /** Puts text into the request field as a paste does (typing 20 kB key by key would be slow). */
    private static void paste(String text) {
        WebElement input = driver.findElement(By.id("request-input"));
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                input, text);
    }

    /** Clicks the button with the keyboard's Enter (the page must work without a mouse) and waits. */
    private static void askAdvice() {
        int before = Integer.parseInt(attribute(By.id("cards"), "data-run"));
        driver.findElement(By.id("ask-button")).sendKeys(org.openqa.selenium.Keys.ENTER);
        new WebDriverWait(driver, WAIT).until(d -> Integer.parseInt(attribute(By.id("cards"), "data-run")) > before
                && List.of("done", "error").contains(state()));
    }

    /** The browser console's errors since the last call (reading the log empties it). */
    private static List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    private static String state() {
        return attribute(By.id("cards"), "data-state");
    }

    private static String attribute(By by, String name) {
        return Objects.requireNonNullElse(driver.findElement(by).getAttribute(name), "");
    }

    private static List<WebElement> cards() {
        return driver.findElements(By.cssSelector("#cards article.card"));
    }

    private static List<String> indicators(List<WebElement> cards) {
        List<String> out = new ArrayList<>();
        for (WebElement card : cards) {
            out.add(card.getAttribute("data-indicator"));
        }
        return out;
    }

    private static List<String> textsOf(List<WebElement> elements) {
        List<String> out = new ArrayList<>();
        for (WebElement e : elements) {
            out.add(e.getText());
        }
        return out;
    }

    /** The page's Dutch label of an indicator: the words the cards' own flag lines use. */
    private static String label(String indicator) {
        return switch (indicator) {
            case "critical" -> "Ernstig";
            case "warning" -> "Let op";
            case "info" -> "Ter informatie";
            default -> throw new AssertionError("not a CDS Hooks indicator: " + indicator);
        };
    }

    private static void screenshot(String file) throws IOException {
        Path target = Paths.get("target").toAbsolutePath();
        Files.createDirectories(target);
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, target.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(target.resolve(file))).isPositive();
    }

    // ------------------------------------------------------------------ the service over HTTP

    private record Reply(int status, JsonNode body) {
    }

    private static Reply callService(String request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/cds-services/sofa-patient-view"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request, StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(response.statusCode(), JSON.readTree(response.body()));
    }

    private static String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static String exampleRequest(String name) throws IOException, InterruptedException {
        return get("/playground/examples/" + name);
    }

    private static List<String> exampleNames() throws IOException, InterruptedException {
        return texts(JSON.readTree(get("/playground/examples")).get("examples"), null);
    }

    private static String example(String name) throws IOException {
        try (InputStream in = PlaygroundBrowserTest.class.getResourceAsStream("/nl/sofa/server/examples/" + name + ".json")) {
            assertThat(in).as("example bundle " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The text of each element of an array (or of its field), in order. */
    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(field == null ? n.asText() : n.path(field).asText());
        }
        return out;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }

    // ------------------------------------------------------------------ set-up

    private static Path configured(String property, String variable, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return Paths.get(value == null || value.isBlank() ? fallback : value);
    }

    private static void deleteTree(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
