package org.harambee.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.harambee.Chromium;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.capacity.CapacityTables;
import org.harambee.communities.CommunityTables;
import org.harambee.geography.BoundaryFiles;
import org.harambee.geography.GeographyTables;
import org.harambee.geography.ImportJobsAwait;
import org.harambee.geography.importing.ImportJobs;
import org.harambee.referrals.ReferralFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * In real Chromium at phone width (360 px): a facilitator opens the app (its service worker installs, the data comes
 * down), loses the network, records a meeting and a referral, sees them waiting, gets the network back, and both
 * arrive once; a replay of the same queue (as after a lost answer) creates nothing more. The child's name is never
 * found in IndexedDB, and signing out leaves nothing of the app on the phone. The same in Swahili, with Swahili labels.
 * A referral the server could not take (a 503 with Retry-After, then a {@code retry} result) stays waiting, is sent
 * again after the delay the server asked for, and arrives with the child's name the page kept in memory. No screen is
 * wider than the phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf(value = "org.harambee.Chromium#available", disabledReason = "Chromium and chromedriver are not installed")
class SyncBrowserTests {

    static final String PASSWORD = "synthetic-sync-pass-2026";
    static final String CHILD = "Aminata Synthetic-Kamara";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    @MockitoSpyBean
    SyncProcessing processing;

    @MockitoSpyBean
    ChangeApplying applying;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void quzlandWithTwoCommunitiesAndABrowser() {
        jdbc.sql("delete from sync_client_id").update();
        ReferralFixtures.clear(jdbc);
        CapacityTables.clear(jdbc);
        CommunityTables.clear(jdbc);
        GeographyTables.clear(jdbc);
        ImportJobsAwait.importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());
        TestAccounts.create(jdbc, "fatmata", PASSWORD, Role.COMMUNITY_FACILITATOR, "QZ0101");
        CommunityTables.community(jdbc, "Kpetema", "QZ010101");
        CommunityTables.community(jdbc, "Mano", "QZ010102");
        UUID health = ReferralFixtures.servicePoint(jdbc, "Amber health post", "HEALTH", "QZ0101", true);
        ReferralFixtures.route(jdbc, "HEALTH", "QZ0101", health);
        browser = Chromium.start(360, 780);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aMeetingAndAReferralMadeOfflineArriveOnceAndSigningOutLeavesNothingOnThePhone() {
        recordOfflineAndSync("en");

        browser.findElement(By.cssSelector("#sign-out button")).click();
        wait.until(ExpectedConditions.urlContains("/login"));

        assertThat((String) script(IDB_DUMP)).doesNotContain("Kpetema").doesNotContain("Walk to school");
        assertThat((Boolean) script("caches.keys().then((keys) => done(keys.length === 0))"))
                .isTrue();
    }

    @Test
    void theSameFlowInSwahili() {
        recordOfflineAndSync("sw");
        assertThat(text("h1")).isEqualTo("Programu ya uwandani ya Harambee");
        assertThat(text("#sync-now")).isEqualTo("Sawazisha sasa");
        assertThat(browser.findElements(By.cssSelector("#queue .state")))
                .allSatisfy(s -> assertThat(s.getText()).isEqualTo("tayari iko kwenye seva"));
    }

    @Test
    void aReferralTheServerCouldNotTakeIsSentAgainWithTheChildsDetailsUntilItIsTaken() {
        List<Long> posts = new CopyOnWriteArrayList<>();
        doAnswer(call -> {
                    posts.add(System.nanoTime());
                    if (posts.size() == 1) {
                        throw new SyncUnavailableException(
                                RETRY_AFTER_S, new CannotCreateTransactionException("simulated: database restarting"));
                    }
                    return call.callRealMethod();
                })
                .when(processing)
                .process(any(), any());
        // both tries of one batch (the first without savepoints, decision 0044) time out on a lock
        AtomicInteger lockTimeouts = new AtomicInteger();
        doAnswer(call -> {
                    SyncProtocol.Change change = call.getArgument(0);
                    if ("REFERRAL".equals(change.type()) && lockTimeouts.getAndIncrement() < 2) {
                        throw new CannotAcquireLockException("simulated lock timeout");
                    }
                    return call.callRealMethod();
                })
                .when(applying)
                .apply(any(), any(), any());
        Chromium.signIn(browser, wait, "http://localhost:" + port, "fatmata", PASSWORD);
        browser.get("http://localhost:" + port + "/app?lang=en");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
        wait.until(
                d -> browser.findElements(By.cssSelector("#communities button")).size() == 2);

        community("Kpetema");
        writeReferral();
        wait.until(d -> posts.size() == 1 && states().equals(List.of("queued")));
        wait.until(d -> text("#sync-info").contains("will try again by itself"));
        Chromium.screenshot(browser, "sync-retrying-en.png");
        assertThat(count("referral")).isZero();
        assertThat((String) script(IDB_DUMP)).doesNotContain("Aminata");

        new WebDriverWait(browser, Duration.ofSeconds(90))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> states().equals(List.of("created")));
        assertThat(posts).as("503, then a retry result, then taken").hasSize(3);
        assertThat(Duration.ofNanos(posts.get(1) - posts.get(0)))
                .as("the app waited the server's Retry-After")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(RETRY_AFTER_S));
        assertThat(count("referral")).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from referral where identity_ciphertext is not null")
                        .query(Long.class)
                        .single())
                .as("the name kept in memory through the retries went with the referral")
                .isEqualTo(1);
        assertThat((String) script(IDB_DUMP)).doesNotContain("Aminata");
    }

    /** Longer than the app's first back-off (5 s, jittered up to 6.25 s), so that waiting for it shows. */
    static final long RETRY_AFTER_S = 8;

    void writeReferral() {
        browser.findElement(By.cssSelector("#community [data-go=referral]")).click();
        new Select(browser.findElement(By.id("r-category"))).selectByValue("HEALTH");
        new Select(browser.findElement(By.id("r-priority"))).selectByValue("URGENT");
        new Select(browser.findElement(By.id("r-ageBand"))).selectByValue("AGE_5_9");
        new Select(browser.findElement(By.id("r-sex"))).selectByValue("FEMALE");
        browser.findElement(By.id("r-reason")).sendKeys("Synthetic: needs a health check");
        browser.findElement(By.id("r-childName")).sendKeys(CHILD);
        browser.findElement(By.id("r-caregiverConsent")).click();
        browser.findElement(By.id("r-childAssent")).click();
        browser.findElement(By.id("r-consentScope")).sendKeys("Health post staff");
        browser.findElement(By.cssSelector("#referral-form button[type=submit]"))
                .click();
    }

    void recordOfflineAndSync(String lang) {
        Chromium.signIn(browser, wait, "http://localhost:" + port, "fatmata", PASSWORD);
        browser.get("http://localhost:" + port + "/app?lang=" + lang);
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
        wait.until(
                d -> browser.findElements(By.cssSelector("#communities button")).size() == 2);
        assertThat((Boolean) script("navigator.serviceWorker.ready.then(() => done(true))"))
                .isTrue();
        long transferred = ((Number) script(TRANSFERRED)).longValue();
        System.out.printf("SYNC-WEIGHT: first view of /app?lang=%s transferred %d bytes%n", lang, transferred);
        assertThat(transferred).as("the first view, data included").isLessThan(60 * 1024);
        Chromium.screenshot(browser, "sync-app-" + lang + ".png");
        assertThat(Chromium.horizontalOverflow(browser)).isLessThanOrEqualTo(0);

        network(false);
        browser.navigate().refresh();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
        assertThat((Boolean) script("done(navigator.serviceWorker.controller !== null)"))
                .as("the shell came from the service worker")
                .isTrue();
        assertThat(text("#net")).isEqualTo("sw".equals(lang) ? "nje ya mtandao" : "offline");

        community("Kpetema");
        browser.findElement(By.cssSelector("#community [data-go=meeting]")).click();
        new Select(browser.findElement(By.id("m-type"))).selectByValue("CHILDRENS_GROUP");
        if ("sw".equals(lang)) {
            assertThat(new Select(browser.findElement(By.id("m-type")))
                            .getFirstSelectedOption()
                            .getText())
                    .isEqualTo("Kikundi cha watoto");
        }
        type("m-girls", "5");
        type("m-boys", "3");
        type("m-women", "7");
        type("m-men", "2");
        browser.findElement(By.id("m-decisions")).sendKeys("Walk to school in groups");
        Chromium.screenshot(browser, "sync-meeting-" + lang + ".png");
        assertThat(Chromium.horizontalOverflow(browser)).isLessThanOrEqualTo(0);
        browser.findElement(By.cssSelector("#meeting-form button[type=submit]")).click();

        community("Kpetema");
        browser.findElement(By.cssSelector("#community [data-go=referral]")).click();
        new Select(browser.findElement(By.id("r-category"))).selectByValue("HEALTH");
        new Select(browser.findElement(By.id("r-priority"))).selectByValue("URGENT");
        new Select(browser.findElement(By.id("r-ageBand"))).selectByValue("AGE_5_9");
        new Select(browser.findElement(By.id("r-sex"))).selectByValue("FEMALE");
        browser.findElement(By.id("r-reason")).sendKeys("Synthetic: needs a health check");
        browser.findElement(By.id("r-childName")).sendKeys(CHILD);
        browser.findElement(By.id("r-caregiverConsent")).click();
        browser.findElement(By.id("r-childAssent")).click();
        browser.findElement(By.id("r-consentScope")).sendKeys("Health post staff");
        Chromium.screenshot(browser, "sync-referral-" + lang + ".png");
        assertThat(Chromium.horizontalOverflow(browser)).isLessThanOrEqualTo(0);
        browser.findElement(By.cssSelector("#referral-form button[type=submit]"))
                .click();

        wait.until(d -> states().equals(List.of("queued", "queued")));
        Chromium.screenshot(browser, "sync-queued-" + lang + ".png");
        assertThat(Chromium.horizontalOverflow(browser)).isLessThanOrEqualTo(0);
        assertThat(count("community_meeting")).isZero();
        assertThat(count("referral")).isZero();
        String stored = (String) script(IDB_DUMP);
        assertThat(stored)
                .contains("Walk to school in groups")
                .doesNotContain(CHILD)
                .doesNotContain("Aminata");

        network(true);
        wait.until(d -> states().equals(List.of("created", "created")));
        assertThat(count("community_meeting")).isEqualTo(1);
        assertThat(jdbc.sql("select girls + boys + women + men from community_meeting")
                        .query(Integer.class)
                        .single())
                .isEqualTo(17);
        assertThat(count("referral")).isEqualTo(1);
        assertThat(jdbc.sql("select status from referral").query(String.class).single())
                .isEqualTo("SENT");
        assertThat(jdbc.sql("select count(*) from referral where identity_ciphertext is not null")
                        .query(Long.class)
                        .single())
                .as("the name kept in memory went with the referral")
                .isEqualTo(1);
        wait.until(d -> browser.findElements(By.cssSelector("#referrals li")).size() == 1);

        // the answer of that sync is lost, as when the link drops mid-way: the phone sends the queue again
        script("const open = indexedDB.open('harambee-app'); open.onsuccess = () => {"
                + " const t = open.result.transaction('queue', 'readwrite'); const s = t.objectStore('queue');"
                + " s.getAll().onsuccess = (e) => e.target.result.forEach((r) => s.put({ ...r, state: 'queued' }));"
                + " t.oncomplete = () => done(true); };");
        browser.findElement(By.id("sync-now")).click();
        wait.until(d -> states().equals(List.of("already_had", "already_had")));
        assertThat(count("community_meeting")).isEqualTo(1);
        assertThat(count("referral")).isEqualTo(1);
        assertThat((String) script(IDB_DUMP)).doesNotContain("Aminata");
        Chromium.screenshot(browser, "sync-sent-" + lang + ".png");
        assertThat(Chromium.horizontalOverflow(browser)).isLessThanOrEqualTo(0);
    }

    /** Bytes over the wire for the page, its assets and its API calls so far (headers included). */
    static final String TRANSFERRED = "done(performance.getEntriesByType('navigation').concat("
            + "performance.getEntriesByType('resource')).reduce((sum, e) => sum + e.transferSize, 0));";

    /** Everything the app keeps in IndexedDB, as one JSON text. */
    static final String IDB_DUMP = "const open = indexedDB.open('harambee-app'); open.onsuccess = () => {"
            + " const db = open.result; const names = [...db.objectStoreNames]; const t = db.transaction(names);"
            + " const out = {}; names.forEach((n) => { t.objectStore(n).getAll().onsuccess = (e) => {"
            + " out[n] = e.target.result; }; }); t.oncomplete = () => done(JSON.stringify(out)); };";

    void network(boolean online) {
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand(
                "Network.emulateNetworkConditions",
                Map.of("offline", !online, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    void community(String name) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home")));
        browser.findElements(By.cssSelector("#communities button")).stream()
                .filter(b -> b.getText().startsWith(name))
                .findFirst()
                .orElseThrow()
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("community")));
    }

    void type(String id, String value) {
        var input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    List<String> states() {
        return browser.findElements(By.cssSelector("#queue li")).stream()
                .map(li -> li.getDomAttribute("data-state"))
                .toList();
    }

    String text(String selector) {
        return browser.findElement(By.cssSelector(selector)).getText();
    }

    Object script(String body) {
        return ((JavascriptExecutor) browser)
                .executeAsyncScript("const done = arguments[arguments.length - 1]; " + body);
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
