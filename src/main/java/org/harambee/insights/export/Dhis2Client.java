package org.harambee.insights.export;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends a data value set to the DHIS2 server of the configuration ({@code harambee.insights.dhis2.url},
 * {@code .username}, {@code .password}) with basic authentication and timeouts, and reads the counts of its import
 * summary. Logs name neither the server's address nor a credential.
 */
@Component
class Dhis2Client {

    private static final Logger log = LoggerFactory.getLogger(Dhis2Client.class);

    /**
     * What DHIS2 said: its status (SUCCESS, WARNING, ERROR, OK...), its import counts (null when absent) and its
     * conflicts.
     */
    record Summary(
            String status,
            Integer imported,
            Integer updated,
            Integer ignored,
            Integer deleted,
            List<Conflict> conflicts) {}

    /** A conflict of an import summary: DHIS2's error code (E7632...) when it gives one, the object, the message. */
    public record Conflict(String dataSet, String errorCode, String object, String message)
            implements java.io.Serializable {}

    private final String url;
    private final String username;
    private final String password;
    private final JsonMapper json;
    private final RestClient rest;

    Dhis2Client(
            @Value("${harambee.insights.dhis2.url:}") String url,
            @Value("${harambee.insights.dhis2.username:}") String username,
            @Value("${harambee.insights.dhis2.password:}") String password,
            @Value("${harambee.insights.dhis2.timeout:30s}") Duration timeout,
            JsonMapper json) {
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.username = username;
        this.password = password;
        this.json = json;
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(timeout);
        factory.setReadTimeout(timeout);
        this.rest = RestClient.builder().requestFactory(factory).build();
    }

    boolean configured() {
        return !url.isBlank() && !username.isBlank() && !password.isBlank();
    }

    Summary send(Dhis2DataValues.DataValueSet set) {
        if (!configured()) {
            throw new Dhis2Unavailable(HttpStatus.CONFLICT, "insights.dhis2.problem.notConfigured");
        }
        String body;
        try {
            // DHIS2 answers 409 with an import summary when it refuses values: read the body whatever the status
            body = rest.post()
                    .uri(url + "/api/dataValueSets")
                    .headers(h -> h.setBasicAuth(username, password))
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(json.writeValueAsString(set))
                    .exchange((request, response) -> {
                        if (response.getStatusCode().value() == 401
                                || response.getStatusCode().value() == 403) {
                            log.warn(
                                    "DHIS2 refused the credentials ({})",
                                    response.getStatusCode().value());
                            throw new Dhis2Unavailable(HttpStatus.BAD_GATEWAY, "insights.dhis2.problem.refused");
                        }
                        return new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    });
        } catch (RestClientException e) {
            log.warn("DHIS2 could not be reached: {}", e.getClass().getSimpleName());
            throw new Dhis2Unavailable(HttpStatus.BAD_GATEWAY, "insights.dhis2.problem.unreachable");
        }
        return summary(body);
    }

    /**
     * The server's organisation units ({@code GET /api/organisationUnits?fields=id,code,name,level&paging=false}): id,
     * code, name and level of each.
     */
    List<Dhis2OrgUnitMapping.OrgUnit> orgUnits() {
        if (!configured()) {
            throw new Dhis2Unavailable(HttpStatus.CONFLICT, "insights.dhis2.problem.notConfigured");
        }
        String body;
        try {
            body = rest.get()
                    .uri(url + "/api/organisationUnits?fields=id,code,name,level&paging=false")
                    .headers(h -> h.setBasicAuth(username, password))
                    .accept(MediaType.APPLICATION_JSON)
                    .exchange((request, response) -> {
                        int status = response.getStatusCode().value();
                        if (status == 401 || status == 403) {
                            log.warn("DHIS2 refused the credentials ({})", status);
                            throw new Dhis2Unavailable(HttpStatus.BAD_GATEWAY, "insights.dhis2.problem.refused");
                        }
                        if (status != 200) {
                            log.warn("DHIS2 answered {} to the organisation units", status);
                            throw new Dhis2Unavailable(HttpStatus.BAD_GATEWAY, "insights.dhis2.problem.answer");
                        }
                        return new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    });
        } catch (RestClientException e) {
            log.warn("DHIS2 could not be reached: {}", e.getClass().getSimpleName());
            throw new Dhis2Unavailable(HttpStatus.BAD_GATEWAY, "insights.dhis2.problem.unreachable");
        }
        JsonNode units;
        try {
            units = json.readTree(body).path("organisationUnits");
        } catch (RuntimeException e) {
            log.warn("DHIS2 answered something other than JSON");
            throw new Dhis2Unavailable(HttpStatus.BAD_GATEWAY, "insights.dhis2.problem.answer");
        }
        if (!units.isArray()) {
            throw new Dhis2Unavailable(HttpStatus.BAD_GATEWAY, "insights.dhis2.problem.answer");
        }
        List<Dhis2OrgUnitMapping.OrgUnit> list = new ArrayList<>();
        for (JsonNode u : units) {
            list.add(new Dhis2OrgUnitMapping.OrgUnit(
                    text(u, "id", 11),
                    text(u, "code", 50),
                    text(u, "name", 230),
                    u.path("level").isNumber() ? u.path("level").asInt() : null));
        }
        return list;
    }

    private static String text(JsonNode node, String field, int max) {
        JsonNode n = node.get(field);
        if (n == null || n.isNull() || !n.isValueNode()) {
            return null;
        }
        String s = n.asString();
        return s.length() <= max ? s : s.substring(0, max);
    }

    private Summary summary(String body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (RuntimeException e) {
            log.warn("DHIS2 answered something other than JSON");
            throw new Dhis2Unavailable(HttpStatus.BAD_GATEWAY, "insights.dhis2.problem.answer");
        }
        // DHIS2 2.38 and later wrap the summary in a web message ("response"); earlier versions send it bare
        JsonNode summary = root.has("response") ? root.get("response") : root;
        JsonNode counts = summary.path("importCount");
        String status = summary.path("status").asString(root.path("status").asString("UNKNOWN"));
        List<Conflict> conflicts = new ArrayList<>();
        for (JsonNode c : summary.path("conflicts")) {
            if (conflicts.size() < 100) {
                conflicts.add(
                        new Conflict(null, text(c, "errorCode", 10), text(c, "object", 100), text(c, "value", 500)));
            }
        }
        return new Summary(
                status,
                count(counts, "imported"),
                count(counts, "updated"),
                count(counts, "ignored"),
                count(counts, "deleted"),
                conflicts);
    }

    private static Integer count(JsonNode counts, String field) {
        JsonNode n = counts.get(field);
        return n == null || !n.isNumber() ? null : n.asInt();
    }
}
