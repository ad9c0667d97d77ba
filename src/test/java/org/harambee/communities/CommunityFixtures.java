package org.harambee.communities;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.UUID;
import org.harambee.access.Role;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Calls of the communities API as a signed-in user, for the module's integration tests. */
final class CommunityFixtures {

    private final MockMvcTester mvc;

    CommunityFixtures(MockMvcTester mvc) {
        this.mvc = mvc;
    }

    MvcTestResult post(String uri, String user, Role role, String json) {
        return org.harambee.ApiRequests.post(mvc, uri, user, role, json);
    }

    MvcTestResult put(String uri, String user, Role role, String json) {
        return org.harambee.ApiRequests.put(mvc, uri, user, role, json);
    }

    MvcTestResult get(String uri, String user, Role role) {
        return org.harambee.ApiRequests.get(mvc, uri, user, role);
    }

    /** Registers a community through the API and answers its id; the call must succeed. */
    UUID register(String user, Role role, String json) {
        MvcTestResult result = post("/api/v1/communities", user, role, json);
        assertThat(result).hasStatus(201);
        return UUID.fromString(JsonPath.read(body(result), "$.id"));
    }

    MvcTestResult phase(UUID community, String user, Role role, String phase, LocalDate on, String reason) {
        return post(
                "/api/v1/communities/" + community + "/phases",
                user,
                role,
                "{\"phase\":\"" + phase + "\",\"enteredOn\":\"" + on + "\""
                        + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}");
    }

    static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String community(String name, String unit, String extra) {
        return "{\"name\":\"" + name + "\",\"unit\":\"" + unit + "\",\"origin\":\"AGENCY_INITIATED\""
                + (extra == null ? "" : "," + extra) + "}";
    }
}
