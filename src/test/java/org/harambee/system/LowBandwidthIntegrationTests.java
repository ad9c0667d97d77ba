package org.harambee.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over real HTTP: pages and text assets travel gzipped; pages link their assets by content-hashed names that phones
 * keep a year, while the pages themselves are never kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LowBandwidthIntegrationTests {

    private static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/harambee-[0-9a-f]{32}\\.css)\"");
    private static final Pattern HTMX = Pattern.compile("src=\"(/webjars/htmx\\.org/[^\"]*-[0-9a-f]{32}\\.js)\"");

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void pagesAndAssetsTravelGzipped() throws Exception {
        HttpResponse<byte[]> page = get("/login");
        HttpResponse<byte[]> css = get(linked(page, STYLESHEET));

        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }

    @Test
    void assetsLinkedByTheirContentHashAreKeptAYear() throws Exception {
        HttpResponse<byte[]> page = get("/login");

        for (String asset : new String[] {linked(page, STYLESHEET), linked(page, HTMX)}) {
            HttpResponse<byte[]> response = get(asset);
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control"))
                    .as(asset)
                    .hasValue("public, max-age=31536000, immutable");
        }
    }

    @Test
    void anAssetByItsPlainNameIsCheckedAgainEachTime() throws Exception {
        HttpResponse<byte[]> css = get("/css/harambee.css");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(get("/webjars/htmx.org/dist/htmx.min.js").headers().firstValue("Cache-Control"))
                .hasValue("no-cache");
    }

    @Test
    void aWrongContentHashFindsNothing() throws Exception {
        assertThat(get("/css/harambee-0123456789abcdef0123456789abcdef.css").statusCode())
                .isEqualTo(404);
    }

    @Test
    void pagesAreNeverKept() throws Exception {
        assertThat(get("/login").headers().firstValue("Cache-Control").orElseThrow())
                .contains("no-store");
    }

    private String linked(HttpResponse<byte[]> page, Pattern asset) throws IOException {
        String html = new String(
                new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(page.body())).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Matcher m = asset.matcher(html);
        assertThat(m.find()).as("%s in the page", asset).isTrue();
        return m.group(1);
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
