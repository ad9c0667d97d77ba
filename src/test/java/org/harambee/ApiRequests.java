package org.harambee;

import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** API calls as a signed-in user with a role, answered in English: what the modules' integration tests share. */
public final class ApiRequests {

    private ApiRequests() {}

    public static MvcTestResult post(MockMvcTester mvc, String uri, String user, Role role, String json) {
        return mvc.post()
                .uri(uri)
                .with(TestAccounts.as(user, role))
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    public static MvcTestResult put(MockMvcTester mvc, String uri, String user, Role role, String json) {
        return mvc.put()
                .uri(uri)
                .with(TestAccounts.as(user, role))
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    public static MvcTestResult get(MockMvcTester mvc, String uri, String user, Role role) {
        return mvc.get()
                .uri(uri)
                .with(TestAccounts.as(user, role))
                .header("Accept-Language", "en")
                .exchange();
    }
}
