package org.harambee.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** With a read replica, a browser that wrote reads from the primary for longer than the replica may lag. */
class ReadYourWritesTests {

    final ReplicaSettings settings = new ReplicaSettings(Duration.ofSeconds(5), Duration.ofSeconds(1));

    @Test
    void theWindowCoversTheLagAndAMeasurementNotYetRetaken() {
        assertThat(settings.trustFor()).isEqualTo(Duration.ofSeconds(3));
        assertThat(settings.primaryAfterWrite()).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void aRequestThatMayWriteMarksTheBrowserForTheWindow() throws Exception {
        MockHttpServletResponse response = filtered(new MockHttpServletRequest("POST", "/referrals"));
        Cookie cookie = response.getCookie(PrimaryAfterWrites.COOKIE);
        assertThat(cookie).isNotNull();
        assertThat(cookie.getMaxAge()).isEqualTo(8);
        assertThat(cookie.isHttpOnly()).isTrue();
        MockHttpServletRequest next = new MockHttpServletRequest("GET", "/insights/QZ01");
        next.setCookies(cookie);
        assertThat(PrimaryAfterWrites.wroteLately(next)).isTrue();
    }

    @Test
    void aReadingRequestLeavesTheBrowserAlone() throws Exception {
        assertThat(filtered(new MockHttpServletRequest("GET", "/insights/QZ01")).getCookie(PrimaryAfterWrites.COOKIE))
                .isNull();
        assertThat(PrimaryAfterWrites.safe("HEAD")).isTrue();
        assertThat(PrimaryAfterWrites.safe("DELETE")).isFalse();
    }

    @Test
    void anEndedOrForeignMarkIsReadAsItSays() {
        MockHttpServletRequest ended = new MockHttpServletRequest("GET", "/");
        ended.setCookies(new Cookie(PrimaryAfterWrites.COOKIE, Long.toString(System.currentTimeMillis() - 1000)));
        assertThat(PrimaryAfterWrites.wroteLately(ended)).isFalse();
        MockHttpServletRequest foreign = new MockHttpServletRequest("GET", "/");
        foreign.setCookies(new Cookie(PrimaryAfterWrites.COOKIE, "x"));
        assertThat(PrimaryAfterWrites.wroteLately(foreign)).as("the safe side").isTrue();
        assertThat(PrimaryAfterWrites.wroteLately(new MockHttpServletRequest("GET", "/")))
                .isFalse();
    }

    @Test
    void walPositionsAreReadAsPostgreSqlWritesThem() {
        assertThat(ReplicaLag.lsn("0/3000060")).isEqualTo(0x3000060L);
        assertThat(ReplicaLag.lsn("16/B374D848")).isEqualTo((0x16L << 32) | 0xB374D848L);
        assertThat(ReplicaLag.lsn("1/0")).isGreaterThan(ReplicaLag.lsn("0/FFFFFFFF"));
    }

    private MockHttpServletResponse filtered(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new PrimaryAfterWrites(settings).doFilter(request, response, new MockFilterChain());
        return response;
    }
}
