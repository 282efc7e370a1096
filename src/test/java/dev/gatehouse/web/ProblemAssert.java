package dev.gatehouse.web;

import dev.gatehouse.web.errors.HttpStatuses;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.web.errors.Problems;
import java.util.ArrayList;
import java.util.List;

/** Checks the RFC 9457 problem shape of API.md §3 on a response, with the exact catalog code. */
final class ProblemAssert {
    private ProblemAssert() {}

    /** Asserts status, media type and every required member; returns the body for further checks. */
    static JsonNode assertProblem(TestHttp.Response r, ErrorCode code) {
        assertThat(r.status()).as("status of %s", r.body()).isEqualTo(HttpStatuses.of(code));
        assertThat(r.header("Content-Type")).as("content type of %s", r.body()).startsWith("application/problem+json");
        JsonNode body = r.json();
        assertThat(body.path("code").asText()).as("code of %s", r.body()).isEqualTo(code.code());
        assertThat(body.path("type").asText()).isEqualTo(Problems.TYPE_BASE + code.code());
        assertThat(body.path("title").asText()).isEqualTo(code.title());
        assertThat(body.path("status").isInt()).isTrue();
        assertThat(body.path("status").asInt()).isEqualTo(HttpStatuses.of(code));
        String requestId = body.path("request_id").asText("");
        assertThat(requestId).isNotEmpty();
        assertThat(r.header("X-Request-Id")).isEqualTo(requestId);
        if (body.has("errors")) {
            assertThat(body.get("errors").isArray()).isTrue();
            for (JsonNode e : body.get("errors")) {
                assertThat(e.path("field").isTextual()).as("errors[].field in %s", r.body()).isTrue();
                assertThat(e.path("code").isTextual()).as("errors[].code in %s", r.body()).isTrue();
                assertThat(e.path("message").asText("")).as("errors[].message in %s", r.body()).isNotBlank();
            }
        }
        return body;
    }

    /** Asserts the problem and that {@code errors} is exactly these field/code pairs, in order. */
    static JsonNode assertFieldErrors(TestHttp.Response r, ErrorCode code, String... fieldCodePairs) {
        JsonNode body = assertProblem(r, code);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < fieldCodePairs.length; i += 2) expected.add(fieldCodePairs[i] + "/" + fieldCodePairs[i + 1]);
        assertThat(fieldErrors(body)).as("errors of %s", r.body()).containsExactlyElementsOf(expected);
        return body;
    }

    static List<String> fieldErrors(JsonNode body) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : body.path("errors")) out.add(e.path("field").asText() + "/" + e.path("code").asText());
        return out;
    }
}
