package org.harambee.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harambee.access.Permission.CREATE_REFERRALS;
import static org.harambee.access.Permission.HANDLE_REFERRALS;
import static org.harambee.access.Permission.MANAGE_ACCOUNTS;
import static org.harambee.access.Permission.MANAGE_AGREEMENTS;
import static org.harambee.access.Permission.MANAGE_COMMUNITIES;
import static org.harambee.access.Permission.MANAGE_INTEGRATIONS;
import static org.harambee.access.Permission.MANAGE_PARTNERS;
import static org.harambee.access.Permission.MANAGE_PLACES;
import static org.harambee.access.Permission.MANAGE_SERVICES;
import static org.harambee.access.Permission.MANAGE_TRAININGS;
import static org.harambee.access.Permission.PLAN_SCALE_UP;
import static org.harambee.access.Permission.VIEW_AGGREGATES;
import static org.harambee.access.Permission.VIEW_AUDIT;
import static org.harambee.access.Permission.VIEW_CHILD_RECORDS;
import static org.harambee.access.Permission.VIEW_PLACES;
import static org.harambee.access.Permission.VIEW_PROGRAMME;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.net.URI;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harambee.access.tokens.ApiTokens;
import org.harambee.agreements.AgreementTables;
import org.harambee.capacity.CapacityMatrixFixtures;
import org.harambee.capacity.CapacityTables;
import org.harambee.communities.CommunityTables;
import org.harambee.geography.BoundaryFiles;
import org.harambee.geography.GeographyTables;
import org.harambee.geography.ImportJobsAwait;
import org.harambee.geography.importing.ImportJob;
import org.harambee.geography.importing.ImportJobs;
import org.harambee.partners.PartnerTables;
import org.harambee.referrals.ReferralFixtures;
import org.harambee.referrals.ServiceCategory;
import org.harambee.referrals.ServicePointTables;
import org.harambee.scaleup.ScaleUpTables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The authorisation matrix of the REST API. Every operation of the OpenAPI document is called as every role, on a place
 * inside the units the role is assigned with and on one outside them, and must be allowed or refused as
 * {@link #EXPECTATIONS} says: allowed when the role grants the operation's permission and, for an operation on a
 * place, the role applies everywhere or the place lies inside its units; refused with 403 otherwise. Without
 * credentials every operation answers 401. An operation the document lists and the table does not know fails the test,
 * so that each new endpoint gets its line here.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuthorisationMatrixIntegrationTests {

    /** The province every role but the administrator is assigned with. */
    static final String SCOPE = "QZ01";

    static final String UNIT_INSIDE = "QZ0101";
    static final String UNIT_OUTSIDE = "QZ0201";

    /** The country that holds {@link #SCOPE}, and another one. */
    static final String COUNTRY_INSIDE = "QZ";

    static final String COUNTRY_OUTSIDE = "VX";

    static final String PASSWORD = "synthetic-matrix-pass-1";

    /** Test accounts are named with this prefix and removed after each test. */
    static final String PREFIX = "matrix-";

    /** For operations that any signed-in user may call. */
    static final Permission SIGNED_IN = null;

    /** A second fictional country, Vexland, with one province. */
    static final byte[] VEXLAND_CSV = BoundaryFiles.utf8("""
            ADM0_EN,ADM0_PCODE,ADM1_EN,ADM1_PCODE
            Vexland,VX,North Province,VX01
            """);

    /** A file that passes the upload checks and then fails to import, so that an allowed upload changes nothing. */
    static final byte[] NOT_BOUNDARIES_CSV = BoundaryFiles.utf8("""
            colour,size
            green,3
            """);

    /** What an operation acts on: nothing in particular, a unit or a country. */
    enum Placement {
        /** The permission alone decides; listings that hold only what lies inside the caller's units are of this kind. */
        NONE(null, null),
        /** A unit, named by the {pcode} path variable, the parent parameter, or the unit an account is assigned with. */
        UNIT(UNIT_INSIDE, UNIT_OUTSIDE),
        /** A country, which a role reaches when one of its units lies in it. */
        COUNTRY(COUNTRY_INSIDE, COUNTRY_OUTSIDE);

        private final String inside;
        private final String outside;

        Placement(String inside, String outside) {
            this.inside = inside;
            this.outside = outside;
        }

        List<Target> targets() {
            return this == NONE ? List.of(Target.ANYWHERE) : List.of(Target.INSIDE, Target.OUTSIDE);
        }

        String place(Target target) {
            return switch (target) {
                case ANYWHERE -> null;
                case INSIDE -> inside;
                case OUTSIDE -> outside;
            };
        }
    }

    /** Where one call acts, seen from the caller's units. */
    enum Target {
        ANYWHERE,
        INSIDE,
        OUTSIDE
    }

    /** How a caller proves who it is. */
    enum SignIn {
        BASIC,
        BEARER
    }

    /** A role's account, with its password and a personal API token; a null role is a caller without credentials. */
    record Caller(Role role, String username, String password, String token) {

        static final Caller ANONYMOUS = new Caller(null, null, null, null);

        String name() {
            return role == null ? "(no credentials)" : role.name();
        }
    }

    /** One call of the matrix: who calls, where, and the fixtures its request may need. */
    record Call(Caller caller, Target target, String place, Fixtures fixtures) {}

    /** Builds the request of an operation, given its method and its URI with path variables filled. */
    @FunctionalInterface
    interface Request {
        AbstractMockHttpServletRequestBuilder<?> build(HttpMethod method, URI uri, Call call);
    }

    /** What calls need beyond the role accounts and the two countries. */
    interface Fixtures {

        /** A throwaway account, assigned with {@code unit}, for calls that change or read an account. */
        UUID account(String unit);

        /** A username nobody holds. */
        String newUsername();

        /** A fresh token of {@code username} (of the administrator when null), for calls that revoke one. */
        UUID token(String username);

        /** The import job that brought Quzland in. */
        UUID importJob();

        /** A finished record import of communities submitted by {@code username} (a job is seen by its submitter). */
        UUID recordImportJob(String username);

        /** A community at the first chiefdom of {@code district}. */
        UUID community(String district);

        /** A community at the first chiefdom of {@code district} that asked to start and waits for a decision. */
        UUID requestedCommunity(String district);

        /** A meeting of a community at the first chiefdom of {@code district}. */
        UUID meeting(String district);

        /** A cluster of one community at the first chiefdom of {@code district}. */
        UUID cluster(String district);

        /** A valid cluster: a new name, a new lead organisation, a new community at the first chiefdom. */
        String clusterJson(String district);

        /** A community at the first chiefdom of {@code district} that selected child labour. */
        UUID communityWithHarm(String district);

        /** An action plan, with one action, of a community at the first chiefdom of {@code district}. */
        UUID actionPlan(String district);

        /** An action of such a plan. */
        UUID action(String district);
        /** A name nobody has used, starting with {@code prefix}. */
        String newName(String prefix);

        /** A fresh active organisation. */
        UUID organisation();

        /** A fresh presence row of a fresh organisation in {@code unit}. */
        UUID presence(String unit);

        /** A fresh adoption, at "invited", of a fresh organisation in {@code unit}. */
        UUID adoption(String unit);

        /** A fresh stakeholder in {@code unit}. */
        UUID stakeholder(String unit);

        /** A fresh forum in {@code unit}. */
        UUID forum(String unit);

        /**
         * A referral sent by {@code sender} from a community at the first chiefdom of {@code district}, in
         * {@code status}, waiting at a fresh service point of that district (on the platform or not) whose officer
         * {@code sender} is.
         */
        UUID referral(String district, String sender, String status, boolean onPlatform);

        /** An SMS payload kept as a dead letter. */
        UUID deadLetter();
        /** Trainings, facilitators, competencies and government organisations of the capacity module. */
        CapacityMatrixFixtures capacity();
        /** A fresh active service point on the platform at {@code unit}, serving it. */
        UUID servicePoint(String unit);

        /** A fresh route of the health category at {@code unit}, replacing the one set there. */
        UUID route(String unit);
        /** A draft agreement of a new community at the first chiefdom of {@code district} with a district office. */
        UUID agreement(String district);

        /** Such an agreement, in force. */
        UUID agreementInForce(String district);

        /** The community party of the agreement made last. */
        UUID lastAgreementParty();

        /** A third party, an office, of such an agreement. */
        UUID agreementExtraParty(String district);

        /** An open commitment of such an agreement. */
        UUID agreementCommitment(String district);

        /** A PDF attached to such an agreement. */
        UUID agreementDocument(String district);
        /** A fresh scale-up plan aiming at {@code district}. */
        UUID scaleUpPlan(String district);

        /** A fresh plan aiming at {@code district} with one phase covering it. */
        UUID scaleUpPlanWithPhase(String district);

        /** A fresh phase (of a fresh plan) covering {@code district}. */
        UUID scaleUpPhase(String district);

        /** A fresh lesson of such a phase. */
        UUID scaleUpLesson(String district);

        /** A fresh rollout at {@code district} of one fresh cluster there, drawn when {@code drawn}. */
        UUID rollout(String district, boolean drawn);

        /** The assignment of the cluster of a fresh drawn rollout at {@code district}. */
        UUID rolloutAssignment(String district);

        /** A fresh scale-up event at {@code district}. */
        UUID scaleUpEvent(String district);
    }

    /**
     * One line of the matrix: an operation ({@code METHOD /path} as in the OpenAPI document), the permission it needs
     * ({@link #SIGNED_IN} for any signed-in user), what it acts on, the status an allowed caller gets (0: any 2xx),
     * how to fill its {id} path variable, and how to build a valid request, so that a refusal cannot pass for a 400.
     */
    record Expectation(
            String operation,
            Permission permission,
            Placement placement,
            int allowedStatus,
            Function<Call, Object> id,
            Request request,
            List<Permission> anyOf) {

        HttpMethod method() {
            return HttpMethod.valueOf(operation.substring(0, operation.indexOf(' ')));
        }

        String path() {
            return operation.substring(operation.indexOf(' ') + 1);
        }

        boolean allows(Role role, Target target) {
            if (permission != null && !role.grants(permission)) {
                return false;
            }
            if (anyOf != null && anyOf.stream().noneMatch(role::grants)) {
                return false;
            }
            return target != Target.OUTSIDE || role.everywhere();
        }

        Expectation withId(Function<Call, Object> id) {
            return new Expectation(operation, permission, placement, allowedStatus, id, request, anyOf);
        }

        Expectation with(Request request) {
            return new Expectation(operation, permission, placement, allowedStatus, id, request, anyOf);
        }

        Expectation answering(int status) {
            return new Expectation(operation, permission, placement, status, id, request, anyOf);
        }
    }

    static final String SMS_SECRET = "synthetic-sms-secret";

    /** A RapidPro payload naming no community: kept as a dead letter. */
    static final String SMS_JSON = "{\"contact\":{\"urn\":\"tel:+000\"},\"results\":{},\"run\":{\"uuid\":\"matrix\"}}";

    /** A referral draft from {@code community}. */
    static String referralJson(UUID community) {
        return "{\"communityId\":\"" + community + "\",\"category\":\"HEALTH\",\"priority\":\"NORMAL\","
                + "\"ageBand\":\"UNDER_5\",\"sex\":\"MALE\",\"reason\":\"Synthetic reason\"}";
    }

    /** A valid action of an action plan. */
    static final String ACTION_JSON =
            "{\"description\":\"Talk to farm owners\",\"owner\":\"Mothers' club\",\"status\":\"IN_PROGRESS\"}";

    /** Every operation of the API. A new endpoint needs a line here; the tests say so when one is missing. */
    static final List<Expectation> EXPECTATIONS = List.of(
            // Geography
            expect("GET /api/v1/units", VIEW_PLACES, Placement.UNIT)
                    .with((method, uri, call) -> plain(method, uri).param("parent", call.place())),
            expect("GET /api/v1/units/{pcode}", VIEW_PLACES, Placement.UNIT),
            expect("GET /api/v1/units/{pcode}/history", VIEW_PLACES, Placement.UNIT),
            expect("GET /api/v1/units/{pcode}/boundaries", VIEW_PLACES, Placement.UNIT),
            expect("GET /api/v1/countries", VIEW_PLACES, Placement.NONE),
            expect("GET /api/v1/places", VIEW_PLACES, Placement.NONE)
                    .with((method, uri, call) -> plain(method, uri).param("q", "QZ")),
            expect("GET /api/v1/countries/{pcode}", VIEW_PLACES, Placement.COUNTRY),
            expect("PUT /api/v1/countries/{pcode}/levels", MANAGE_PLACES, Placement.COUNTRY)
                    .with(json(call -> """
                            {"levels":[{"level":1,"names":{"en":"Province","fr":"Province"}}]}""")),
            expect("POST /api/v1/units/imports", MANAGE_PLACES, Placement.NONE)
                    .with((method, uri, call) -> MockMvcRequestBuilders.multipart(method, uri)
                            .file(new MockMultipartFile("file", "matrix.csv", "text/csv", NOT_BOUNDARIES_CSV))),
            expect("GET /api/v1/units/imports", MANAGE_PLACES, Placement.NONE),
            expect("GET /api/v1/units/imports/{id}", MANAGE_PLACES, Placement.NONE)
                    .withId(call -> call.fixtures().importJob()),
            // Imports of records: the kinds are listed to anyone signed in, each kind needs its permission (the
            // matrix's {kind} is communities), a job is seen by its submitter (RecordImportIntegrationTests)
            expect("GET /api/v1/record-imports", SIGNED_IN, Placement.NONE),
            expect("GET /api/v1/record-imports/{kind}", MANAGE_COMMUNITIES, Placement.NONE),
            expect("GET /api/v1/record-imports/{kind}/template", MANAGE_COMMUNITIES, Placement.NONE),
            expect("GET /api/v1/record-imports/{kind}/jobs", MANAGE_COMMUNITIES, Placement.NONE),
            expect("POST /api/v1/record-imports/{kind}", MANAGE_COMMUNITIES, Placement.NONE)
                    .with((method, uri, call) -> MockMvcRequestBuilders.multipart(method, uri)
                            .file(new MockMultipartFile(
                                    "file",
                                    "matrix.csv",
                                    "text/csv",
                                    "colour\nred\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))),
            expect("GET /api/v1/record-imports/jobs/{id}", SIGNED_IN, Placement.NONE)
                    .withId(call -> call.fixtures()
                            .recordImportJob(
                                    Objects.requireNonNullElse(call.caller().username(), "nobody"))),
            // The caller's own account
            expect("GET /api/v1/home", SIGNED_IN, Placement.NONE),
            // Search: any signed-in user; each kind holds only what the caller may read (SearchApiIntegrationTests)
            expect("GET /api/v1/search", SIGNED_IN, Placement.NONE)
                    .with((method, uri, call) -> plain(method, uri).param("q", "matrix")),
            expect("GET /api/v1/account", SIGNED_IN, Placement.NONE),
            expect("POST /api/v1/account/password", SIGNED_IN, Placement.NONE)
                    .with(json(call ->
                            "{\"currentPassword\":\"" + call.caller().password() + "\",\"newPassword\":\"short\"}"))
                    .answering(400),
            expect("GET /api/v1/tokens", SIGNED_IN, Placement.NONE),
            expect("POST /api/v1/tokens", SIGNED_IN, Placement.NONE)
                    .with(json(call -> "{\"name\":\"matrix\",\"days\":1}")),
            expect("DELETE /api/v1/tokens/{id}", SIGNED_IN, Placement.NONE)
                    .withId(call -> call.fixtures().token(call.caller().username())),
            // Audit
            expect("GET /api/v1/audit", VIEW_AUDIT, Placement.NONE),
            expect("GET /api/v1/audit/verification", VIEW_AUDIT, Placement.NONE),
            expect("GET /api/v1/audit/export", VIEW_AUDIT, Placement.NONE),
            // Accounts: an account is placed at the unit its role is assigned with
            expect("GET /api/v1/roles", SIGNED_IN, Placement.NONE),
            expect("GET /api/v1/accounts", MANAGE_ACCOUNTS, Placement.NONE),
            expect("POST /api/v1/accounts", MANAGE_ACCOUNTS, Placement.UNIT)
                    .with(json(call -> accountJson(call.fixtures().newUsername(), call.place()))),
            expect("GET /api/v1/accounts/{id}", MANAGE_ACCOUNTS, Placement.UNIT).withId(throwawayAccount()),
            expect("PUT /api/v1/accounts/{id}", MANAGE_ACCOUNTS, Placement.UNIT)
                    .withId(throwawayAccount())
                    .with(json(call -> accountJson(null, call.place()))),
            expect("POST /api/v1/accounts/{id}/deactivate", MANAGE_ACCOUNTS, Placement.UNIT)
                    .withId(throwawayAccount()),
            expect("POST /api/v1/accounts/{id}/reactivate", MANAGE_ACCOUNTS, Placement.UNIT)
                    .withId(throwawayAccount()),
            expect("POST /api/v1/accounts/{id}/password-reset", MANAGE_ACCOUNTS, Placement.UNIT)
                    .withId(throwawayAccount()),
            // Communities: a community is placed at a chiefdom of the target district (QZ0101 → QZ010101)
            expect("GET /api/v1/communities", VIEW_PROGRAMME, Placement.NONE),
            expect("POST /api/v1/communities", MANAGE_COMMUNITIES, Placement.UNIT)
                    .with(json(call -> communityJson(call.fixtures().newUsername(), call.place()))),
            expect("GET /api/v1/communities/{id}", VIEW_PROGRAMME, Placement.UNIT)
                    .withId(community()),
            expect("PUT /api/v1/communities/{id}", MANAGE_COMMUNITIES, Placement.UNIT)
                    .withId(community())
                    .with(json(call -> communityJson(call.fixtures().newUsername(), call.place()))),
            expect("GET /api/v1/communities/{id}/timeline", VIEW_PROGRAMME, Placement.UNIT)
                    .withId(community()),
            expect("GET /api/v1/communities/{id}/phases", VIEW_PROGRAMME, Placement.UNIT)
                    .withId(community()),
            expect("POST /api/v1/communities/{id}/phases", MANAGE_COMMUNITIES, Placement.UNIT)
                    .withId(community())
                    .with(json(call -> "{\"phase\":\"ENTRY\",\"enteredOn\":\"" + LocalDate.now() + "\"}")),
            expect("GET /api/v1/communities/backlog", VIEW_PROGRAMME, Placement.UNIT)
                    .with((method, uri, call) -> plain(method, uri).param("unit", call.place())),
            expect("POST /api/v1/communities/{id}/request/accept", MANAGE_COMMUNITIES, Placement.UNIT)
                    .withId(call -> call.fixtures().requestedCommunity(call.place()))
                    .with(json(call -> "{}")),
            expect("POST /api/v1/communities/{id}/request/decline", MANAGE_COMMUNITIES, Placement.UNIT)
                    .withId(call -> call.fixtures().requestedCommunity(call.place()))
                    .with(json(call -> "{\"reason\":\"matrix\"}")),
            expect("GET /api/v1/communities/{id}/meetings", VIEW_PROGRAMME, Placement.UNIT)
                    .withId(community()),
            expect("POST /api/v1/communities/{id}/meetings", MANAGE_COMMUNITIES, Placement.UNIT)
                    .withId(community())
                    .with(json(call -> "{\"type\":\"COMMUNITY_MEETING\",\"heldOn\":\"" + LocalDate.now()
                            + "\",\"women\":3,\"facilitation\":\"COMMUNITY\"}")),
            expect("GET /api/v1/meetings/{id}", VIEW_PROGRAMME, Placement.UNIT)
                    .withId(call -> call.fixtures().meeting(call.place())),
            expect("GET /api/v1/meeting-types", VIEW_PROGRAMME, Placement.NONE),
            // the lists of a community's records: the unit filter inside or outside the caller's units
            expect("GET /api/v1/meetings", VIEW_PROGRAMME, Placement.UNIT)
                    .with((method, uri, call) -> plain(method, uri).param("unit", call.place())),
            expect("GET /api/v1/harm-selections", VIEW_PROGRAMME, Placement.UNIT)
                    .with((method, uri, call) -> plain(method, uri).param("unit", call.place())),
            expect("GET /api/v1/action-plans", VIEW_PROGRAMME, Placement.UNIT)
                    .with((method, uri, call) -> plain(method, uri).param("unit", call.place())),
            // Sync: the offline app's endpoint; a record outside the caller's units is refused inside the answer
            expectAny("POST /api/v1/sync", Placement.NONE, MANAGE_COMMUNITIES, CREATE_REFERRALS)
                    .with(json(call -> "{\"changes\":[]}")),
            expectAny("GET /api/v1/sync/changes", Placement.NONE, MANAGE_COMMUNITIES, CREATE_REFERRALS),
            expect("GET /api/v1/clusters", VIEW_PROGRAMME, Placement.NONE),
            expect("POST /api/v1/clusters", MANAGE_COMMUNITIES, Placement.UNIT)
                    .with(json(call -> call.fixtures().clusterJson(call.place()))),
            expect("GET /api/v1/clusters/{id}", VIEW_PROGRAMME, Placement.UNIT)
                    .withId(call -> call.fixtures().cluster(call.place())),
            expect("PUT /api/v1/clusters/{id}", MANAGE_COMMUNITIES, Placement.UNIT)
                    .withId(call -> call.fixtures().cluster(call.place()))
                    .with(json(call -> call.fixtures().clusterJson(call.place()))),
            expect("GET /api/v1/spread-links", VIEW_PROGRAMME, Placement.UNIT)
                    .with((method, uri, call) -> plain(method, uri).param("unit", call.place())),
            expect("POST /api/v1/spread-links", MANAGE_COMMUNITIES, Placement.UNIT)
                    .with(json(call -> "{\"sourceId\":\"" + call.fixtures().community(call.place())
                            + "\",\"targetId\":\"" + call.fixtures().community(call.place())
                            + "\",\"kind\":\"TOLD\",\"occurredOn\":\"" + LocalDate.now() + "\"}")),
            expect("GET /api/v1/harms", VIEW_PROGRAMME, Placement.NONE),
            expect("GET /api/v1/communities/{id}/harm-selections", VIEW_PROGRAMME, Placement.UNIT)
                    .withId(community()),
            expect("POST /api/v1/communities/{id}/harm-selections", MANAGE_COMMUNITIES, Placement.UNIT)
                    .withId(community())
                    .with(json(call -> "{\"harm\":\"CHILD_LABOUR\",\"selectedOn\":\"" + LocalDate.now()
                            + "\",\"groupsConsulted\":[\"GIRLS\"]}")),
            expect("GET /api/v1/communities/{id}/action-plans", VIEW_PROGRAMME, Placement.UNIT)
                    .withId(community()),
            expect("POST /api/v1/communities/{id}/action-plans", MANAGE_COMMUNITIES, Placement.UNIT)
                    .withId(call -> call.fixtures().communityWithHarm(call.place()))
                    .with(json(call -> "{\"title\":\"Back to school\",\"harm\":\"CHILD_LABOUR\"," + "\"startsOn\":\""
                            + LocalDate.now() + "\"}")),
            expect("GET /api/v1/action-plans/{id}", VIEW_PROGRAMME, Placement.UNIT)
                    .withId(call -> call.fixtures().actionPlan(call.place())),
            expect("POST /api/v1/action-plans/{id}/actions", MANAGE_COMMUNITIES, Placement.UNIT)
                    .withId(call -> call.fixtures().actionPlan(call.place()))
                    .with(json(call -> ACTION_JSON)),
            expect("PUT /api/v1/actions/{id}", MANAGE_COMMUNITIES, Placement.UNIT)
                    .withId(call -> call.fixtures().action(call.place()))
                    .with(json(call -> ACTION_JSON)),
            // Partners: organisations are public and not placed; presence and adoptions are placed in their unit
            expect("GET /api/v1/organisations", VIEW_PROGRAMME, Placement.NONE),
            expect("POST /api/v1/organisations", MANAGE_PARTNERS, Placement.NONE)
                    .with(json(call -> organisationJson(call.fixtures().newName("Matrix Org ")))),
            expect("GET /api/v1/organisations/{id}", VIEW_PROGRAMME, Placement.NONE)
                    .withId(call -> call.fixtures().organisation()),
            expect("PUT /api/v1/organisations/{id}", MANAGE_PARTNERS, Placement.NONE)
                    .withId(call -> call.fixtures().organisation())
                    .with(json(call -> organisationJson(call.fixtures().newName("Matrix Renamed ")))),
            expect("POST /api/v1/organisations/{id}/deactivate", MANAGE_PARTNERS, Placement.NONE)
                    .withId(call -> call.fixtures().organisation()),
            expect("POST /api/v1/organisations/{id}/reactivate", MANAGE_PARTNERS, Placement.NONE)
                    .withId(call -> call.fixtures().organisation()),
            expect("GET /api/v1/sectors", VIEW_PROGRAMME, Placement.NONE),
            expect("GET /api/v1/presence", VIEW_PROGRAMME, Placement.UNIT)
                    .with((method, uri, call) -> plain(method, uri).param("unit", call.place())),
            expect("POST /api/v1/presence", MANAGE_PARTNERS, Placement.UNIT)
                    .with(json(
                            call -> "{\"organisationId\":\"" + call.fixtures().organisation() + "\",\"unit\":\""
                                    + call.place() + "\",\"sector\":\"HEALTH\",\"startDate\":\"2025-01-01\"}")),
            expect("GET /api/v1/presence/{id}", VIEW_PROGRAMME, Placement.UNIT)
                    .withId(call -> call.fixtures().presence(call.place())),
            expect("PUT /api/v1/presence/{id}", MANAGE_PARTNERS, Placement.UNIT)
                    .withId(call -> call.fixtures().presence(call.place()))
                    .with(json(call -> "{\"sector\":\"WASH\",\"startDate\":\"2025-02-01\"}")),
            expect("DELETE /api/v1/presence/{id}", MANAGE_PARTNERS, Placement.UNIT)
                    .withId(call -> call.fixtures().presence(call.place())),
            expect("GET /api/v1/presence/not-adopting", VIEW_PROGRAMME, Placement.UNIT)
                    .with((method, uri, call) -> plain(method, uri).param("unit", call.place())),
            expect("GET /api/v1/adoptions", VIEW_PROGRAMME, Placement.UNIT)
                    .with((method, uri, call) -> plain(method, uri).param("unit", call.place())),
            expect("POST /api/v1/adoptions", MANAGE_PARTNERS, Placement.UNIT)
                    .with(json(
                            call -> "{\"organisationId\":\"" + call.fixtures().organisation() + "\",\"unit\":\""
                                    + call.place() + "\",\"invitedOn\":\"2025-01-01\"}")),
            expect("GET /api/v1/adoptions/{id}", VIEW_PROGRAMME, Placement.UNIT)
                    .withId(call -> call.fixtures().adoption(call.place())),
            expect("POST /api/v1/adoptions/{id}/steps", MANAGE_PARTNERS, Placement.UNIT)
                    .withId(call -> call.fixtures().adoption(call.place()))
                    .with(json(call -> "{\"step\":\"AGREED\",\"date\":\"2025-02-01\"}")),
            expect("GET /api/v1/stakeholders", VIEW_PROGRAMME, Placement.UNIT)
                    .with((method, uri, call) -> plain(method, uri).param("unit", call.place())),
            expect("POST /api/v1/stakeholders", MANAGE_PARTNERS, Placement.UNIT)
                    .with(json(call -> "{\"name\":\"Matrix Council\",\"kind\":\"CHIEFDOM_COUNCIL\",\"unit\":\""
                            + call.place() + "\"}")),
            expect("GET /api/v1/stakeholders/{id}", VIEW_PROGRAMME, Placement.UNIT)
                    .withId(call -> call.fixtures().stakeholder(call.place())),
            expect("PUT /api/v1/stakeholders/{id}", MANAGE_PARTNERS, Placement.UNIT)
                    .withId(call -> call.fixtures().stakeholder(call.place()))
                    .with(json(call -> "{\"name\":\"Matrix Committee\",\"kind\":\"OTHER\"}")),
            expect("GET /api/v1/forums", VIEW_PROGRAMME, Placement.UNIT)
                    .with((method, uri, call) -> plain(method, uri).param("unit", call.place())),
            expect("POST /api/v1/forums", MANAGE_PARTNERS, Placement.UNIT)
                    .with(json(call -> "{\"name\":\"Matrix Forum\",\"unit\":\"" + call.place()
                            + "\",\"representedCommunityIds\":[]}")),
            expect("GET /api/v1/forums/{id}", VIEW_PROGRAMME, Placement.UNIT)
                    .withId(call -> call.fixtures().forum(call.place())),
            expect("PUT /api/v1/forums/{id}", MANAGE_PARTNERS, Placement.UNIT)
                    .withId(call -> call.fixtures().forum(call.place()))
                    .with(json(call -> "{\"name\":\"Matrix Forum Renamed\",\"representedCommunityIds\":[]}")),
            expect("POST /api/v1/forums/{id}/meetings", MANAGE_PARTNERS, Placement.UNIT)
                    .withId(call -> call.fixtures().forum(call.place()))
                    .with(json(call -> "{\"heldOn\":\"2025-03-01\",\"attendance\":12}")),
            // Referrals: each referral is the caller's own (sent by them, or waiting at a service point they work),
            // from a community at the first chiefdom of the target district; reading and acting need the community
            // (for the sender) or the service point (for its officers) inside the caller's units
            expectAny("GET /api/v1/referrals", Placement.NONE, CREATE_REFERRALS, HANDLE_REFERRALS, MANAGE_SERVICES),
            expect("POST /api/v1/referrals", CREATE_REFERRALS, Placement.UNIT)
                    .with(json(call -> referralJson(call.fixtures().community(call.place())))),
            expectAny("GET /api/v1/referrals/{id}", Placement.UNIT, CREATE_REFERRALS, HANDLE_REFERRALS, MANAGE_SERVICES)
                    .withId(call ->
                            call.fixtures().referral(call.place(), call.caller().username(), "SENT", true)),
            expect("PUT /api/v1/referrals/{id}", CREATE_REFERRALS, Placement.UNIT)
                    .withId(call ->
                            call.fixtures().referral(call.place(), call.caller().username(), "DRAFT", true))
                    .with(json(call -> referralJson(call.fixtures().community(call.place())))),
            expect("POST /api/v1/referrals/{id}/consent", CREATE_REFERRALS, Placement.UNIT)
                    .withId(call ->
                            call.fixtures().referral(call.place(), call.caller().username(), "DRAFT", true))
                    .with(json(call -> "{\"caregiverConsent\":true,\"childAssent\":true,\"scope\":\"All\"}")),
            expect("POST /api/v1/referrals/{id}/transitions", CREATE_REFERRALS, Placement.UNIT)
                    .withId(call ->
                            call.fixtures().referral(call.place(), call.caller().username(), "DRAFT", true))
                    .with(json(call -> "{\"action\":\"SEND\"}")),
            expectAny("GET /api/v1/referrals/{id}/identity", Placement.UNIT, CREATE_REFERRALS, VIEW_CHILD_RECORDS)
                    .withId(call ->
                            call.fixtures().referral(call.place(), call.caller().username(), "ACCEPTED", true)),
            expectAny("POST /api/v1/referrals/{id}/link", Placement.UNIT, CREATE_REFERRALS, MANAGE_SERVICES)
                    .withId(call ->
                            call.fixtures().referral(call.place(), call.caller().username(), "SENT", false)),
            expectAny(
                    "GET /api/v1/referrals/notices",
                    Placement.NONE,
                    CREATE_REFERRALS,
                    HANDLE_REFERRALS,
                    MANAGE_SERVICES),
            expectAny(
                    "POST /api/v1/referrals/notices/read",
                    Placement.NONE,
                    CREATE_REFERRALS,
                    HANDLE_REFERRALS,
                    MANAGE_SERVICES),
            // SMS intake authenticates RapidPro by its shared secret: any signed-in caller that sends it gets in (a
            // payload naming no community waits as a dead letter: 422, the flow's Failure); without credentials the
            // matrix sends no secret
            expect("POST /api/v1/sms/rapidpro", SIGNED_IN, Placement.NONE)
                    .with((method, uri, call) -> {
                        var request = plain(method, uri)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(SMS_JSON);
                        return call.caller().role() == null ? request : request.header("X-Harambee-Secret", SMS_SECRET);
                    })
                    .answering(422),
            expect("GET /api/v1/sms/dead-letters", MANAGE_INTEGRATIONS, Placement.NONE),
            expect("POST /api/v1/sms/dead-letters/{id}/replay", MANAGE_INTEGRATIONS, Placement.NONE)
                    .withId(call -> call.fixtures().deadLetter()),
            // Notifications: the delivery log for administrators (an unknown row: 404 once allowed); each signed-in
            // account's own channels and quiet hours
            expect("GET /api/v1/notifications", MANAGE_INTEGRATIONS, Placement.NONE),
            expect("POST /api/v1/notifications/{id}/retry", MANAGE_INTEGRATIONS, Placement.NONE)
                    .withId(call -> UUID.randomUUID())
                    .answering(404),
            expect("GET /api/v1/notifications/preferences", SIGNED_IN, Placement.NONE),
            expect("PUT /api/v1/notifications/preferences", SIGNED_IN, Placement.NONE)
                    .with(json(call -> "{\"email\":true,\"inApp\":true}")),
            // Capacity: trainings, facilitators and government support are placed in the target district; readiness
            // criteria of an area are set from above it (the role's units hold QZ0101's parent, not QZ0201's)
            expect("GET /api/v1/competencies", VIEW_PROGRAMME, Placement.NONE),
            expect("POST /api/v1/competencies", MANAGE_TRAININGS, Placement.NONE)
                    .with(json(
                            call -> "{\"code\":\"" + call.fixtures().capacity().code()
                                    + "\",\"nameEn\":\"Matrix\",\"nameFr\":\"Matrice\",\"nameSw\":\"Matriki\"}")),
            expect("PUT /api/v1/competencies/{id}", MANAGE_TRAININGS, Placement.NONE)
                    .withId(call -> call.fixtures().capacity().competency())
                    .with(json(call -> "{\"nameEn\":\"Matrix\",\"nameFr\":\"Matrice\",\"nameSw\":\"Matriki\","
                            + "\"active\":false}")),
            expect("GET /api/v1/trainings", VIEW_PROGRAMME, Placement.NONE),
            expect("POST /api/v1/trainings", MANAGE_TRAININGS, Placement.UNIT)
                    .with(json(call -> CapacityMatrixFixtures.trainingJson(call.place()))),
            expect("GET /api/v1/trainings/{id}", VIEW_PROGRAMME, Placement.UNIT)
                    .withId(call -> call.fixtures().capacity().training(call.place())),
            expect("GET /api/v1/trainings/{id}/certificates", VIEW_PROGRAMME, Placement.UNIT)
                    .withId(call -> call.fixtures().capacity().training(call.place())),
            expect("PUT /api/v1/trainings/{id}", MANAGE_TRAININGS, Placement.UNIT)
                    .withId(call -> call.fixtures().capacity().training(call.place()))
                    .with(json(call -> CapacityMatrixFixtures.trainingJson(call.place()))),
            expect("POST /api/v1/trainings/{id}/participants", MANAGE_TRAININGS, Placement.UNIT)
                    .withId(call -> call.fixtures().capacity().training(call.place()))
                    .with(json(call -> "{\"name\":\"Matrix Participant\",\"sex\":\"FEMALE\"}")),
            expect("PUT /api/v1/trainings/{id}/results", MANAGE_TRAININGS, Placement.UNIT)
                    .withId(call -> call.fixtures().capacity().training(call.place()))
                    .with(json(call -> "{\"results\":[]}")),
            expect("GET /api/v1/facilitators", VIEW_PROGRAMME, Placement.NONE),
            expect("POST /api/v1/facilitators", MANAGE_TRAININGS, Placement.UNIT)
                    .with(json(call -> "{\"name\":\"Matrix Facilitator\",\"sex\":\"MALE\",\"insideCommunity\":true,"
                            + "\"unit\":\"" + call.place() + "\"}")),
            expect("GET /api/v1/facilitators/{id}", VIEW_PROGRAMME, Placement.UNIT)
                    .withId(call -> call.fixtures().capacity().facilitator(call.place())),
            expect("PUT /api/v1/facilitators/{id}", MANAGE_TRAININGS, Placement.UNIT)
                    .withId(call -> call.fixtures().capacity().facilitator(call.place()))
                    .with(json(call -> "{\"name\":\"Matrix Facilitator\",\"sex\":\"MALE\",\"insideCommunity\":true,"
                            + "\"unit\":\"" + call.place() + "\"}")),
            expect("POST /api/v1/facilitators/{id}/assignments", MANAGE_TRAININGS, Placement.UNIT)
                    .withId(call -> call.fixtures().capacity().facilitator(call.place()))
                    .with(json(call -> "{\"communityId\":\"" + call.fixtures().community(call.place())
                            + "\",\"startsOn\":\"2025-01-01\"}")),
            expect("PUT /api/v1/assignments/{id}", MANAGE_TRAININGS, Placement.UNIT)
                    .withId(call -> call.fixtures().capacity().assignment(call.place()))
                    .with(json(call -> "{\"endsOn\":\"2026-06-30\"}")),
            expect("POST /api/v1/government-support", MANAGE_TRAININGS, Placement.UNIT)
                    .with(json(call -> "{\"unit\":\"" + call.place() + "\",\"recordedOn\":\"2025-01-01\","
                            + "\"organisationId\":\""
                            + call.fixtures().capacity().government()
                            + "\",\"description\":\"Matrix letter\"}")),
            expect("GET /api/v1/readiness/{pcode}", VIEW_PROGRAMME, Placement.UNIT),
            expect("GET /api/v1/readiness/{pcode}/government-support", VIEW_PROGRAMME, Placement.UNIT),
            expect("GET /api/v1/readiness-criteria/{pcode}", VIEW_PROGRAMME, Placement.UNIT),
            expect("PUT /api/v1/readiness-criteria/{pcode}", MANAGE_TRAININGS, Placement.UNIT)
                    .with(json(call ->
                            "{\"criteria\":[{\"criterion\":\"GOVERNMENT_SUPPORT_RECORDED\"," + "\"required\":1}]}")),
            // Referrals: service points sit at the target district and serve it; routes are set there
            expect("GET /api/v1/service-points", VIEW_PROGRAMME, Placement.NONE),
            expect("POST /api/v1/service-points", MANAGE_SERVICES, Placement.UNIT)
                    .with(json(call -> servicePointJson(call.fixtures().newName("Matrix Office "), call.place()))),
            expect("GET /api/v1/service-points/{id}", VIEW_PROGRAMME, Placement.UNIT)
                    .withId(servicePoint()),
            expect("PUT /api/v1/service-points/{id}", MANAGE_SERVICES, Placement.UNIT)
                    .withId(servicePoint())
                    .with(json(call -> servicePointJson(call.fixtures().newName("Matrix Renamed "), call.place()))),
            expect("POST /api/v1/service-points/{id}/deactivate", MANAGE_SERVICES, Placement.UNIT)
                    .withId(servicePoint()),
            expect("POST /api/v1/service-points/{id}/reactivate", MANAGE_SERVICES, Placement.UNIT)
                    .withId(servicePoint()),
            expect("GET /api/v1/service-points/{id}/officers", VIEW_PROGRAMME, Placement.UNIT)
                    .withId(servicePoint()),
            expect("PUT /api/v1/service-points/{id}/officers", MANAGE_SERVICES, Placement.UNIT)
                    .withId(servicePoint())
                    .with(json(call -> "{\"usernames\":[]}")),
            expect("GET /api/v1/service-points/{id}/focal-person", VIEW_PROGRAMME, Placement.UNIT)
                    .withId(servicePoint()),
            expect("PUT /api/v1/service-points/{id}/focal-person", MANAGE_SERVICES, Placement.UNIT)
                    .withId(servicePoint())
                    .with(json(call -> "{\"name\":\"Synthetic Focal\",\"trainedOn\":\"2026-01-10\"}"))
                    // the fixture's service point is on the platform: past the scope check, the input is refused
                    .answering(400),
            expect("DELETE /api/v1/service-points/{id}/focal-person", MANAGE_SERVICES, Placement.UNIT)
                    .withId(servicePoint()),
            expect("GET /api/v1/pathways", VIEW_PROGRAMME, Placement.UNIT)
                    .with((method, uri, call) -> plain(method, uri).param("unit", call.place())),
            expect("GET /api/v1/pathways/resolve", VIEW_PROGRAMME, Placement.UNIT)
                    .with((method, uri, call) ->
                            plain(method, uri).param("unit", call.place()).param("category", "HEALTH")),
            expect("POST /api/v1/pathways/routes", MANAGE_SERVICES, Placement.UNIT)
                    .with(json(call -> "{\"category\":\"HEALTH\",\"unit\":\"" + call.place()
                            + "\",\"servicePointId\":\"" + call.fixtures().servicePoint(call.place()) + "\"}")),
            expect("DELETE /api/v1/pathways/routes/{id}", MANAGE_SERVICES, Placement.UNIT)
                    .withId(call -> call.fixtures().route(call.place())),
            expect("GET /api/v1/pathways/emergency-numbers", VIEW_PROGRAMME, Placement.UNIT)
                    .with((method, uri, call) -> plain(method, uri).param("unit", call.place())),
            expect("PUT /api/v1/pathways/emergency-numbers", MANAGE_SERVICES, Placement.UNIT)
                    .with((method, uri, call) -> plain(method, uri)
                            .param("unit", call.place())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"emergency\":\"112\",\"helpline\":\"116\"}")),
            // Agreements: an agreement is placed at the chiefdom of its community (QZ0101 → QZ010101)
            expect("GET /api/v1/agreements", VIEW_PROGRAMME, Placement.NONE),
            expect("GET /api/v1/agreements/reminders", VIEW_PROGRAMME, Placement.NONE),
            expect("POST /api/v1/agreements", MANAGE_AGREEMENTS, Placement.UNIT)
                    .with(json(call -> "{\"title\":\"Matrix agreement\",\"purpose\":\"Referrals\",\"formality\":"
                            + "\"VERBAL\",\"parties\":[{\"kind\":\"COMMUNITY\",\"refId\":\""
                            + call.fixtures().community(call.place())
                            + "\"},{\"kind\":\"OFFICE\",\"name\":\"District council\"}]}")),
            expect("GET /api/v1/agreements/{id}", VIEW_PROGRAMME, Placement.UNIT)
                    .withId(agreement()),
            expect("PUT /api/v1/agreements/{id}", MANAGE_AGREEMENTS, Placement.UNIT)
                    .withId(agreement())
                    .with(json(call ->
                            "{\"title\":\"Matrix renamed\",\"purpose\":\"Referrals\"," + "\"formality\":\"MINUTED\"}")),
            expect("POST /api/v1/agreements/{id}/transitions", MANAGE_AGREEMENTS, Placement.UNIT)
                    .withId(agreement())
                    .with(json(call -> "{\"status\":\"IN_FORCE\",\"date\":\"" + LocalDate.now() + "\",\"reviewDate\":\""
                            + LocalDate.now().plusMonths(6) + "\"}")),
            expect("POST /api/v1/agreements/{id}/parties", MANAGE_AGREEMENTS, Placement.UNIT)
                    .withId(agreement())
                    .with(json(call -> "{\"kind\":\"OFFICE\",\"name\":\"Matrix office\"}")),
            expect("DELETE /api/v1/agreement-parties/{id}", MANAGE_AGREEMENTS, Placement.UNIT)
                    .withId(call -> call.fixtures().agreementExtraParty(call.place())),
            expect("POST /api/v1/agreements/{id}/signatories", MANAGE_AGREEMENTS, Placement.UNIT)
                    .withId(agreement())
                    .with(json(call -> "{\"partyId\":\"" + call.fixtures().lastAgreementParty()
                            + "\",\"name\":\"Matrix Signatory\",\"signedOn\":\"" + LocalDate.now() + "\"}")),
            expect("POST /api/v1/agreements/{id}/steps", MANAGE_AGREEMENTS, Placement.UNIT)
                    .withId(agreement())
                    .with(json(call -> "{\"kind\":\"MEETING\",\"occurredOn\":\"" + LocalDate.now() + "\"}")),
            expect("POST /api/v1/agreements/{id}/commitments", MANAGE_AGREEMENTS, Placement.UNIT)
                    .withId(agreement())
                    .with(json(call -> "{\"description\":\"Matrix commitment\",\"ownerPartyId\":\""
                            + call.fixtures().lastAgreementParty() + "\"}")),
            expect("PUT /api/v1/agreement-commitments/{id}", MANAGE_AGREEMENTS, Placement.UNIT)
                    .withId(call -> call.fixtures().agreementCommitment(call.place()))
                    .with(json(call -> "{\"description\":\"Matrix commitment\",\"ownerPartyId\":\""
                            + call.fixtures().lastAgreementParty() + "\",\"status\":\"DONE\"}")),
            expect("POST /api/v1/agreements/{id}/reviews", MANAGE_AGREEMENTS, Placement.UNIT)
                    .withId(call -> call.fixtures().agreementInForce(call.place()))
                    .with(json(call -> "{\"reviewedOn\":\"" + LocalDate.now() + "\",\"outcome\":\"Kept\","
                            + "\"nextReviewOn\":\"" + LocalDate.now().plusMonths(6) + "\"}")),
            expect("POST /api/v1/agreements/{id}/documents", MANAGE_AGREEMENTS, Placement.UNIT)
                    .withId(agreement())
                    .with((method, uri, call) -> MockMvcRequestBuilders.multipart(method, uri)
                            .file(new MockMultipartFile("file", "mou.pdf", "application/pdf", AgreementTables.PDF))),
            expect("GET /api/v1/agreement-documents/{id}", VIEW_PROGRAMME, Placement.UNIT)
                    .withId(call -> call.fixtures().agreementDocument(call.place())),
            // Scale-up: plans and rollouts are placed at their goal or area (a district here), events at their unit
            expect("GET /api/v1/scale-up-plans", VIEW_PROGRAMME, Placement.NONE),
            expect("POST /api/v1/scale-up-plans", PLAN_SCALE_UP, Placement.UNIT)
                    .with(json(call -> "{\"name\":\"Matrix plan\",\"goalLevel\":\"DISTRICT\",\"goalUnit\":\""
                            + call.place() + "\"}")),
            expect("GET /api/v1/scale-up-plans/{id}", VIEW_PROGRAMME, Placement.UNIT)
                    .withId(call -> call.fixtures().scaleUpPlan(call.place())),
            expect("POST /api/v1/scale-up-plans/{id}/phases", PLAN_SCALE_UP, Placement.UNIT)
                    .withId(call -> call.fixtures().scaleUpPlan(call.place()))
                    .with(json(call -> "{\"name\":\"Matrix phase\",\"startsOn\":\"2030-01-01\",\"endsOn\":"
                            + "\"2030-06-30\",\"units\":[\"" + call.place() + "\"]}")),
            expect("GET /api/v1/scale-up-plans/{id}/gates", VIEW_PROGRAMME, Placement.UNIT)
                    .withId(call -> call.fixtures().scaleUpPlanWithPhase(call.place())),
            // the fixture phase's gate fails (nothing is ready, no agreement): an allowed caller is told so
            expect("POST /api/v1/scale-up-plans/phases/{id}/start", PLAN_SCALE_UP, Placement.UNIT)
                    .withId(call -> call.fixtures().scaleUpPhase(call.place()))
                    .with(json(call -> "{}"))
                    .answering(400),
            expect("POST /api/v1/scale-up-plans/phases/{id}/lessons", PLAN_SCALE_UP, Placement.UNIT)
                    .withId(call -> call.fixtures().scaleUpPhase(call.place()))
                    .with(json(call -> "{\"text\":\"Meet the chiefs first\"}")),
            expect("POST /api/v1/scale-up-plans/lessons/{id}/review", PLAN_SCALE_UP, Placement.UNIT)
                    .withId(call -> call.fixtures().scaleUpLesson(call.place())),
            expect("GET /api/v1/rollouts", VIEW_PROGRAMME, Placement.NONE),
            expect("POST /api/v1/rollouts", PLAN_SCALE_UP, Placement.UNIT)
                    .with(json(call -> "{\"name\":\"Matrix rollout\",\"unit\":\"" + call.place()
                            + "\",\"clusterIds\":[\"" + call.fixtures().cluster(call.place()) + "\",\""
                            + call.fixtures().cluster(call.place()) + "\"],\"waves\":2,\"firstCrossover\":\""
                            + LocalDate.now().plusMonths(2) + "\",\"periodMonths\":3}")),
            expect("GET /api/v1/rollouts/{id}", VIEW_PROGRAMME, Placement.UNIT)
                    .withId(call -> call.fixtures().rollout(call.place(), false)),
            expect("POST /api/v1/rollouts/{id}/randomise", PLAN_SCALE_UP, Placement.UNIT)
                    .withId(call -> call.fixtures().rollout(call.place(), false))
                    .with(json(call -> "{\"seed\":7}")),
            expect("GET /api/v1/rollouts/{id}/assignments", VIEW_PROGRAMME, Placement.UNIT)
                    .withId(call -> call.fixtures().rollout(call.place(), true)),
            expect("PUT /api/v1/rollouts/assignments/{id}", PLAN_SCALE_UP, Placement.UNIT)
                    .withId(call -> call.fixtures().rolloutAssignment(call.place()))
                    .with(json(call -> "{\"wave\":1}")),
            expect("GET /api/v1/rollouts/{id}/grid", VIEW_PROGRAMME, Placement.UNIT)
                    .withId(call -> call.fixtures().rollout(call.place(), true)),
            expect("GET /api/v1/scale-up-events", VIEW_PROGRAMME, Placement.NONE),
            expect("POST /api/v1/scale-up-events", PLAN_SCALE_UP, Placement.UNIT)
                    .with(json(call -> "{\"kind\":\"VERTICAL\",\"unit\":\"" + call.place() + "\",\"occurredOn\":\""
                            + LocalDate.now() + "\",\"description\":\"Budget line\"}")),
            expect("GET /api/v1/scale-up-events/{id}", VIEW_PROGRAMME, Placement.UNIT)
                    .withId(call -> call.fixtures().scaleUpEvent(call.place())),
            // Insights: figures of the target district, read from the roll-ups (empty here)
            expect("GET /api/v1/insights/indicators", VIEW_AGGREGATES, Placement.NONE),
            expect("GET /api/v1/insights/{pcode}", VIEW_AGGREGATES, Placement.UNIT)
                    .with((method, uri, call) -> plain(method, uri).param("period", "2025-Q3")),
            expect("GET /api/v1/insights/{pcode}/trend", VIEW_AGGREGATES, Placement.UNIT)
                    .with((method, uri, call) ->
                            plain(method, uri).param("indicator", "coverage").param("kind", "Q")),
            // Insights exports, DHIS2 and research views: placed at the unit of {pcode}
            expect("GET /api/v1/insights/{pcode}/export", Permission.EXPORT_AGGREGATES, Placement.UNIT)
                    .with((method, uri, call) -> plain(method, uri).param("period", "2025-Q3")),
            expect("GET /api/v1/insights/{pcode}/dhis2", Permission.EXPORT_AGGREGATES, Placement.UNIT)
                    .with((method, uri, call) -> plain(method, uri).param("period", "2025-Q3")),
            // no DHIS2 server is configured in tests: an allowed caller is told so
            expect("POST /api/v1/insights/{pcode}/dhis2/push", MANAGE_INTEGRATIONS, Placement.UNIT)
                    .with((method, uri, call) -> plain(method, uri).param("period", "2025-Q3"))
                    .answering(409),
            expect("GET /api/v1/insights/dhis2/pushes", MANAGE_INTEGRATIONS, Placement.NONE),
            expect("GET /api/v1/insights/dhis2/mapping", MANAGE_INTEGRATIONS, Placement.NONE),
            expect("PUT /api/v1/insights/dhis2/data-elements/{id}", MANAGE_INTEGRATIONS, Placement.NONE)
                    .withId(call -> "coverage")
                    .with(json(call ->
                            "{\"uid\":\"CovMatrix01\",\"dataSet\":\"DsMatrix001\",\"periodType\":\"Quarterly\"}")),
            expect("DELETE /api/v1/insights/dhis2/data-elements/{id}", MANAGE_INTEGRATIONS, Placement.NONE)
                    .withId(call -> "coverage"),
            expect("POST /api/v1/insights/dhis2/org-units/by-code", MANAGE_INTEGRATIONS, Placement.NONE)
                    .answering(409),
            expect("PUT /api/v1/insights/dhis2/org-units/{pcode}", MANAGE_INTEGRATIONS, Placement.UNIT)
                    .with(json(call -> "{\"uid\":\"OuMatrix001\"}")),
            expect("DELETE /api/v1/insights/dhis2/org-units/{pcode}", MANAGE_INTEGRATIONS, Placement.UNIT),
            expect("GET /api/v1/insights/{pcode}/stepped-wedge", Permission.VIEW_AGGREGATES, Placement.UNIT),
            expect("GET /api/v1/insights/{pcode}/stepped-wedge/export", Permission.EXPORT_AGGREGATES, Placement.UNIT),
            expect("GET /api/v1/insights/{pcode}/diffusion", Permission.VIEW_AGGREGATES, Placement.UNIT));

    private static final Set<String> HTTP_METHODS =
            Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    ImportJobs jobs;

    @Autowired
    ApiTokens tokens;

    private final List<Caller> callers = new ArrayList<>();

    private final TestFixtures fixtures = new TestFixtures();

    @BeforeEach
    void quzlandVexlandAndOneAccountPerRole() {
        ReferralFixtures.clear(jdbc);
        ServicePointTables.clear(jdbc);
        ScaleUpTables.clear(jdbc);
        CommunityTables.clear(jdbc);
        GeographyTables.clear(jdbc);
        ImportJob quzland = ImportJobsAwait.importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());
        ImportJob vexland = ImportJobsAwait.importFile(jobs, "vexland.csv", VEXLAND_CSV);
        assertThat(List.of(quzland.status(), vexland.status())).containsOnly(ImportJob.Status.SUCCEEDED);
        fixtures.importJob = quzland.id();
        removeTestAccounts();
        for (Role role : Role.values()) {
            String username = PREFIX + role.name().toLowerCase(Locale.ROOT).replace('_', '-');
            TestAccounts.create(
                    jdbc, username, PASSWORD, role, role.everywhere() ? new String[0] : new String[] {SCOPE});
            callers.add(new Caller(
                    role,
                    username,
                    PASSWORD,
                    tokens.create(username, "matrix", 1).secret()));
        }
    }

    @AfterEach
    void removeTestAccountsPlacesAndPartners() {
        removeTestAccounts();
        AgreementTables.clear(jdbc);
        ReferralFixtures.clear(jdbc);
        CapacityTables.clear(jdbc);
        ServicePointTables.clear(jdbc);
        ScaleUpTables.clear(jdbc);
        CommunityTables.clear(jdbc);
        PartnerTables.clear(jdbc);
        GeographyTables.clear(jdbc);
    }

    private void removeTestAccounts() {
        awaitImports();
        jdbc.sql("delete from access_user where username like ?")
                .param(PREFIX + "%")
                .update();
    }

    @Test
    void everyOperationOfTheApiHasALineInTheMatrix() throws Exception {
        Set<String> documented = documentedOperations();
        Set<String> known = expectations().keySet();
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(known);
        Set<String> gone = new TreeSet<>(known);
        gone.removeAll(documented);

        assertThat(missing)
                .withFailMessage(
                        "The OpenAPI document lists operations the authorisation matrix does not know:%n  %s%n"
                                + "Add a line for each to AuthorisationMatrixIntegrationTests.EXPECTATIONS: the"
                                + " permission it needs (or SIGNED_IN), what it acts on (Placement), and how to build"
                                + " a valid request.",
                        String.join("\n  ", missing))
                .isEmpty();
        assertThat(gone)
                .withFailMessage(
                        "AuthorisationMatrixIntegrationTests.EXPECTATIONS holds operations the OpenAPI document no"
                                + " longer lists:%n  %s%nRemove their lines (or fix the method or path).",
                        String.join("\n  ", gone))
                .isEmpty();
    }

    @ParameterizedTest(name = "signed in with {0}")
    @EnumSource(SignIn.class)
    void everyRoleMayDoWhatItsPermissionsAllowInsideItsUnitsAndNothingElse(SignIn signIn) throws Exception {
        List<String> mismatches = new ArrayList<>();
        int calls = 0;
        for (String operation : documentedOperations()) {
            Expectation expectation = expectations().get(operation);
            if (expectation == null) {
                mismatches.add(row(operation, "-", "-", "a line in EXPECTATIONS", "none"));
                continue;
            }
            for (Caller caller : callers) {
                for (Target target : expectation.placement().targets()) {
                    boolean allowed = expectation.allows(caller.role(), target);
                    Call call = new Call(caller, target, expectation.placement().place(target), fixtures);
                    MvcTestResult result = perform(expectation, call, signIn);
                    calls++;
                    String wanted = allowed ? allowedAnswer(expectation) : "403 problem";
                    String actual = answer(result);
                    boolean ok = allowed ? isAllowed(expectation, result) : isProblem(result, 403);
                    if (!ok) {
                        mismatches.add(row(operation, caller.name(), target(call), wanted, actual));
                    }
                }
            }
        }
        awaitImports();

        assertThat(calls).isGreaterThanOrEqualTo(callers.size() * EXPECTATIONS.size());
        assertThat(mismatches)
                .withFailMessage(
                        "The authorisation matrix does not hold for %d of %d calls (signed in with %s):%n%s%n%s",
                        mismatches.size(),
                        calls,
                        signIn,
                        row("operation", "role", "target", "expected", "actual"),
                        String.join("\n", mismatches))
                .isEmpty();
    }

    @Test
    void withoutCredentialsEveryOperationAnswers401() throws Exception {
        List<String> mismatches = new ArrayList<>();
        Set<String> documented = documentedOperations();
        for (String operation : documented) {
            Expectation expectation = expectations().get(operation);
            if (expectation == null) {
                mismatches.add(row(operation, "-", "-", "a line in EXPECTATIONS", "none"));
                continue;
            }
            Target target = expectation.placement().targets().get(0);
            Call call =
                    new Call(Caller.ANONYMOUS, target, expectation.placement().place(target), fixtures);
            MvcTestResult result = perform(expectation, call, SignIn.BASIC);
            if (!isProblem(result, 401)) {
                mismatches.add(row(operation, call.caller().name(), target(call), "401 problem", answer(result)));
            }
        }

        assertThat(mismatches)
                .withFailMessage(
                        "Without credentials, %d of %d operations did not answer 401:%n%s%n%s",
                        mismatches.size(),
                        documented.size(),
                        row("operation", "caller", "target", "expected", "actual"),
                        String.join("\n", mismatches))
                .isEmpty();
    }

    private MvcTestResult perform(Expectation expectation, Call call, SignIn signIn) {
        AbstractMockHttpServletRequestBuilder<?> request =
                expectation.request().build(expectation.method(), uri(expectation, call), call);
        Caller caller = call.caller();
        if (caller.role() != null) {
            request = switch (signIn) {
                case BASIC -> request.with(httpBasic(caller.username(), caller.password()));
                case BEARER -> request.header("Authorization", "Bearer " + caller.token());
            };
        }
        return mvc.perform(request);
    }

    /** The operation's path with {pcode} and {id} filled for this call. */
    private static URI uri(Expectation expectation, Call call) {
        Matcher variables = PATH_VARIABLE.matcher(expectation.path());
        StringBuilder uri = new StringBuilder();
        while (variables.find()) {
            Object value = switch (variables.group(1)) {
                case "pcode" -> call.place();
                case "id" -> expectation.id() == null ? null : expectation.id().apply(call);
                // the one kind of record import every line of the matrix names (its permission: managing communities)
                case "kind" -> "communities";
                default -> null;
            };
            if (value == null) {
                throw new IllegalStateException(expectation.operation() + ": the matrix has no value for {"
                        + variables.group(1) + "}; say in its line how to fill it");
            }
            variables.appendReplacement(uri, Matcher.quoteReplacement(value.toString()));
        }
        variables.appendTail(uri);
        return URI.create(uri.toString());
    }

    private static boolean isAllowed(Expectation expectation, MvcTestResult result) {
        if (result.getUnresolvedException() != null) {
            return false;
        }
        int status = result.getResponse().getStatus();
        return expectation.allowedStatus() == 0 ? status >= 200 && status < 300 : status == expectation.allowedStatus();
    }

    private static boolean isProblem(MvcTestResult result, int status) {
        if (result.getUnresolvedException() != null) {
            return false;
        }
        MockHttpServletResponse response = result.getResponse();
        return response.getStatus() == status
                && response.getContentType() != null
                && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(
                        MediaType.parseMediaType(response.getContentType()));
    }

    private static String allowedAnswer(Expectation expectation) {
        return expectation.allowedStatus() == 0 ? "2xx" : String.valueOf(expectation.allowedStatus());
    }

    private static String answer(MvcTestResult result) {
        if (result.getUnresolvedException() != null) {
            return "exception " + result.getUnresolvedException().getClass().getSimpleName();
        }
        MockHttpServletResponse response = result.getResponse();
        return response.getStatus() + " " + (response.getContentType() == null ? "" : response.getContentType());
    }

    private static String target(Call call) {
        return call.place() == null
                ? call.target().name().toLowerCase(Locale.ROOT)
                : call.target().name().toLowerCase(Locale.ROOT) + " " + call.place();
    }

    private static String row(String operation, String caller, String target, String expected, String actual) {
        return String.format("%-46s %-26s %-16s %-12s %s", operation, caller, target, expected, actual);
    }

    /** Every operation ({@code METHOD /path}) under /api/ that the OpenAPI document lists. */
    private Set<String> documentedOperations() throws Exception {
        MvcTestResult result = mvc.get().uri("/v3/api-docs").exchange();
        assertThat(result).hasStatusOk();
        JsonNode paths =
                json.readTree(result.getResponse().getContentAsString()).path("paths");
        Set<String> operations = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (String method : path.getValue().propertyNames()) {
                if (HTTP_METHODS.contains(method)) {
                    operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            }
        }
        assertThat(operations).as("operations in the OpenAPI document").isNotEmpty();
        return operations;
    }

    private static Map<String, Expectation> expectations() {
        Map<String, Expectation> byOperation = new LinkedHashMap<>();
        for (Expectation expectation : EXPECTATIONS) {
            if (byOperation.put(expectation.operation(), expectation) != null) {
                throw new IllegalStateException("two lines for " + expectation.operation());
            }
        }
        return byOperation;
    }

    /** Waits for the imports that allowed callers started, so that no job outlives the test. */
    private void awaitImports() {
        jdbc.sql("select id from geo_import_job where status in ('QUEUED', 'RUNNING')")
                .query(UUID.class)
                .list()
                .forEach(id -> ImportJobsAwait.finished(jobs, id));
    }

    private static Expectation expect(String operation, Permission permission, Placement placement) {
        return new Expectation(
                operation, permission, placement, 0, null, (method, uri, call) -> plain(method, uri), null);
    }

    /** An operation open to holders of any of {@code permissions}. */
    private static Expectation expectAny(String operation, Placement placement, Permission... permissions) {
        return new Expectation(
                operation, null, placement, 0, null, (method, uri, call) -> plain(method, uri), List.of(permissions));
    }

    private static MockHttpServletRequestBuilder plain(HttpMethod method, URI uri) {
        return MockMvcRequestBuilders.request(method, uri);
    }

    private static Request json(Function<Call, String> body) {
        return (method, uri, call) ->
                plain(method, uri).contentType(MediaType.APPLICATION_JSON).content(body.apply(call));
    }

    private static Function<Call, Object> throwawayAccount() {
        return call -> call.fixtures().account(call.place());
    }

    private static Function<Call, Object> agreement() {
        return call -> call.fixtures().agreement(call.place());
    }

    private static Function<Call, Object> community() {
        return call -> call.fixtures().community(call.place());
    }

    /** The first chiefdom (a unit of the lowest level) of a Quzland district. */
    static String chiefdom(String district) {
        return district + "01";
    }

    /** A community at the first chiefdom of {@code district}, with a name nobody else has. */
    private static String communityJson(String name, String district) {
        return "{\"name\":\"" + name + "\",\"unit\":\"" + chiefdom(district) + "\",\"origin\":\"AGENCY_INITIATED\"}";
    }

    /** An account's details with one role assigned with {@code unit}; the username only when given. */
    private static String accountJson(String username, String unit) {
        return "{" + (username == null ? "" : "\"username\":\"" + username + "\",")
                + "\"displayName\":\"Matrix Facilitator (synthetic)\",\"language\":\"en\","
                + "\"roles\":[{\"role\":\"COMMUNITY_FACILITATOR\",\"units\":[\"" + unit + "\"]}]}";
    }

    private static Function<Call, Object> servicePoint() {
        return call -> call.fixtures().servicePoint(call.place());
    }

    /** A health service point at {@code unit}, serving it. */
    private static String servicePointJson(String name, String unit) {
        return "{\"name\":\"" + name + "\",\"category\":\"HEALTH\",\"unit\":\"" + unit + "\"}";
    }

    private static String organisationJson(String name) {
        return "{\"name\":\"" + name + "\",\"kind\":\"NATIONAL_NGO\"}";
    }

    /** The fixtures, written straight to the tables (not through the API under test). */
    private final class TestFixtures implements Fixtures {

        private final AtomicInteger sequence = new AtomicInteger();
        private UUID importJob;
        private UUID lastAgreement;

        @Override
        public UUID agreement(String district) {
            lastAgreement = AgreementTables.agreement(jdbc, community(district), "DRAFT");
            return lastAgreement;
        }

        @Override
        public UUID agreementInForce(String district) {
            lastAgreement = AgreementTables.agreement(jdbc, community(district), "IN_FORCE");
            return lastAgreement;
        }

        @Override
        public UUID lastAgreementParty() {
            return AgreementTables.firstParty(jdbc, lastAgreement);
        }

        @Override
        public UUID agreementExtraParty(String district) {
            return AgreementTables.extraParty(jdbc, agreement(district));
        }

        @Override
        public UUID agreementCommitment(String district) {
            return AgreementTables.commitment(jdbc, agreement(district));
        }

        @Override
        public UUID agreementDocument(String district) {
            return AgreementTables.document(jdbc, agreement(district));
        }

        @Override
        public UUID account(String unit) {
            return TestAccounts.create(
                    jdbc,
                    PREFIX + "throwaway-" + sequence.incrementAndGet(),
                    PASSWORD,
                    Role.COMMUNITY_FACILITATOR,
                    unit);
        }

        @Override
        public String newUsername() {
            return PREFIX + "new-" + sequence.incrementAndGet();
        }

        @Override
        public UUID token(String username) {
            return tokens.create(username == null ? "admin" : username, "matrix", 1)
                    .token()
                    .id();
        }

        @Override
        public UUID importJob() {
            return importJob;
        }

        @Override
        public UUID recordImportJob(String username) {
            UUID id = UUID.randomUUID();
            jdbc.sql(
                            "insert into imports_job (id, kind, file_name, format, status, phase, created_by, node, created_at)"
                                    + " values (?, 'communities', 'matrix.csv', 'csv', 'REJECTED', 'DONE', ?, 'matrix', ?)")
                    .params(id, username, java.sql.Timestamp.from(java.time.Instant.now()))
                    .update();
            return id;
        }

        @Override
        public UUID community(String district) {
            return CommunityTables.community(jdbc, "Matrix " + sequence.incrementAndGet(), chiefdom(district));
        }

        @Override
        public UUID requestedCommunity(String district) {
            return CommunityTables.community(
                    jdbc, "Matrix " + sequence.incrementAndGet(), chiefdom(district), "REQUESTED");
        }

        @Override
        public UUID meeting(String district) {
            return CommunityTables.meeting(jdbc, community(district));
        }

        @Override
        public UUID cluster(String district) {
            return CommunityTables.cluster(jdbc, newUsername(), organisation(), community(district));
        }

        @Override
        public String clusterJson(String district) {
            return "{\"name\":\"" + newUsername() + "\",\"leadPartnerId\":\"" + organisation() + "\",\"memberIds\":[\""
                    + community(district) + "\"]}";
        }

        @Override
        public UUID communityWithHarm(String district) {
            UUID community = community(district);
            CommunityTables.harmSelection(jdbc, community, "CHILD_LABOUR");
            return community;
        }

        @Override
        public UUID actionPlan(String district) {
            return CommunityTables.actionPlan(jdbc, community(district));
        }

        @Override
        public UUID action(String district) {
            return CommunityTables.firstAction(jdbc, actionPlan(district));
        }

        @Override
        public String newName(String prefix) {
            return prefix + sequence.incrementAndGet() + " " + UUID.randomUUID();
        }

        @Override
        public UUID organisation() {
            UUID id = UUID.randomUUID();
            String name = newName("Matrix Fixture ");
            Timestamp now = Timestamp.from(Instant.now());
            jdbc.sql("insert into partner_organisation (id, name, search_name, kind, active, created_at, updated_at)"
                            + " values (?, ?, ?, 'NATIONAL_NGO', true, ?, ?)")
                    .params(id, name, name.toLowerCase(Locale.ROOT), now, now)
                    .update();
            return id;
        }

        @Override
        public UUID presence(String unit) {
            UUID id = UUID.randomUUID();
            Timestamp now = Timestamp.from(Instant.now());
            jdbc.sql("insert into partner_presence (id, organisation_id, unit_id, unit_path, sector, start_date,"
                            + " created_at, updated_at) select ?, ?, id, path, 'HEALTH', ?, ?, ? from geo_unit"
                            + " where pcode = ?")
                    .params(id, organisation(), Date.valueOf("2025-01-01"), now, now, unit)
                    .update();
            return id;
        }

        @Override
        public UUID adoption(String unit) {
            UUID id = UUID.randomUUID();
            Timestamp now = Timestamp.from(Instant.now());
            jdbc.sql("insert into partner_adoption (id, organisation_id, unit_id, unit_path, step, invited_on,"
                            + " created_at, updated_at) select ?, ?, id, path, 'INVITED', ?, ?, ? from geo_unit"
                            + " where pcode = ?")
                    .params(id, organisation(), Date.valueOf("2025-01-01"), now, now, unit)
                    .update();
            return id;
        }

        @Override
        public UUID stakeholder(String unit) {
            UUID id = UUID.randomUUID();
            Timestamp now = Timestamp.from(Instant.now());
            jdbc.sql("insert into partner_stakeholder (id, name, kind, unit_id, unit_path, created_at, updated_at)"
                            + " select ?, 'Matrix Fixture Council', 'CHIEFDOM_COUNCIL', id, path, ?, ? from geo_unit"
                            + " where pcode = ?")
                    .params(id, now, now, unit)
                    .update();
            return id;
        }

        @Override
        public UUID forum(String unit) {
            UUID id = UUID.randomUUID();
            Timestamp now = Timestamp.from(Instant.now());
            jdbc.sql("insert into partner_forum (id, name, unit_id, unit_path, created_at, updated_at)"
                            + " select ?, 'Matrix Fixture Forum', id, path, ?, ? from geo_unit where pcode = ?")
                    .params(id, now, now, unit)
                    .update();
            return id;
        }

        @Override
        public UUID referral(String district, String caller, String status, boolean onPlatform) {
            String sender = caller == null ? PREFIX + "nobody" : caller;
            UUID point = ReferralFixtures.servicePoint(
                    jdbc, "Matrix office " + sequence.incrementAndGet(), "SOCIAL_WELFARE", district, onPlatform);
            ReferralFixtures.officer(jdbc, point, sender);
            return ReferralFixtures.referral(jdbc, sender, community(district), point, status);
        }

        @Override
        public UUID deadLetter() {
            MvcTestResult kept = mvc.post()
                    .uri("/api/v1/sms/rapidpro")
                    .header("X-Harambee-Secret", SMS_SECRET)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(SMS_JSON.replace("matrix", "matrix-" + sequence.incrementAndGet()))
                    .exchange();
            assertThat(kept).hasStatus(422);
            return UUID.fromString(com.jayway.jsonpath.JsonPath.read(
                    new String(kept.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8),
                    "$.deadLetterId"));
        }

        @Override
        public CapacityMatrixFixtures capacity() {
            return new CapacityMatrixFixtures(jdbc);
        }

        @Override
        public UUID servicePoint(String unit) {
            return ServicePointTables.servicePoint(
                    jdbc, newName("Matrix Service Point "), ServiceCategory.HEALTH, unit, true);
        }

        @Override
        public UUID route(String unit) {
            jdbc.sql("delete from referral_pathway_route where category = 'HEALTH' and unit_id in"
                            + " (select id from geo_unit where pcode = ?)")
                    .param(unit)
                    .update();
            return ServicePointTables.route(jdbc, ServiceCategory.HEALTH, unit, servicePoint(unit));
        }

        @Override
        public UUID scaleUpPlan(String district) {
            return ScaleUpTables.plan(jdbc, district);
        }

        @Override
        public UUID scaleUpPlanWithPhase(String district) {
            return ScaleUpTables.planOf(jdbc, ScaleUpTables.phase(jdbc, district));
        }

        @Override
        public UUID scaleUpPhase(String district) {
            return ScaleUpTables.phase(jdbc, district);
        }

        @Override
        public UUID scaleUpLesson(String district) {
            return ScaleUpTables.lesson(jdbc, district);
        }

        @Override
        public UUID rollout(String district, boolean drawn) {
            return ScaleUpTables.rollout(jdbc, district, List.of(cluster(district)), drawn);
        }

        @Override
        public UUID rolloutAssignment(String district) {
            return ScaleUpTables.assignment(jdbc, rollout(district, true));
        }

        @Override
        public UUID scaleUpEvent(String district) {
            return ScaleUpTables.event(jdbc, district);
        }
    }
}
