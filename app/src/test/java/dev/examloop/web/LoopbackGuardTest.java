package dev.examloop.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class LoopbackGuardTest {
    private final LoopbackGuard guard = new LoopbackGuard("127.0.0.1");

    private MockHttpServletResponse send(String method, String host, String origin) throws Exception {
        return send(guard, method, host, origin, null);
    }

    private static MockHttpServletResponse send(
            LoopbackGuard guard, String method, String host, String origin, String fetchSite) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/attempts");
        request.addHeader("Host", host);
        if (origin != null) {
            request.addHeader("Origin", origin);
        }
        if (fetchSite != null) {
            request.addHeader("Sec-Fetch-Site", fetchSite);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        guard.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void servesThisMachine() throws Exception {
        assertThat(send("GET", "127.0.0.1:8080", null).getStatus()).isEqualTo(200);
        assertThat(send("GET", "localhost:8080", null).getStatus()).isEqualTo(200);
        assertThat(send("POST", "127.0.0.1:8080", "http://127.0.0.1:8080").getStatus())
                .isEqualTo(200);
        assertThat(send("PUT", "[::1]:8080", "http://[::1]:8080").getStatus()).isEqualTo(200);
    }

    @Test
    void refusesAnotherHostNameAsDnsRebindingWould() throws Exception {
        MockHttpServletResponse response = send("GET", "attacker.example:8080", null);
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString()).contains("serves this machine only");
    }

    @Test
    void refusesAChangeComingFromAnotherSite() throws Exception {
        MockHttpServletResponse response = send("POST", "127.0.0.1:8080", "https://evil.example");
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString()).contains("(https://evil.example) may not change your data");
        assertThat(send("GET", "127.0.0.1:8080", "https://evil.example").getStatus())
                .isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1.evil.example",
                "127.attacker.example:8080",
                "127.0.0.1.nip.io:8080",
                "localhost.evil.example",
                "127.0.0.2:8080",
                "[::1].evil.example",
                "127.0.0.1:8080@evil.example",
                "127.0.0.1 evil.example"
            })
    void refusesAHostThatOnlyLooksLikeThisMachine(String host) throws Exception {
        MockHttpServletResponse response = send("GET", host, null);
        assertThat(response.getStatus()).as(host).isEqualTo(403);
        assertThat(response.getContentType()).startsWith("application/json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "localhost", "LOCALHOST:8080", "[::1]", "[::1]:8080"})
    void servesEveryExactSpellingOfThisMachine(String host) throws Exception {
        assertThat(send("GET", host, null).getStatus()).as(host).isEqualTo(200);
    }

    @Test
    void refusesAChangeFromAnOriginThatOnlyLooksLikeThisMachine() throws Exception {
        assertThat(send("POST", "127.0.0.1:8080", "http://127.0.0.1.evil.example")
                        .getStatus())
                .isEqualTo(403);
        assertThat(send(guard, "POST", "127.0.0.1:8080", "http://127.evil.example", "same-site")
                        .getStatus())
                .isEqualTo(403);
        assertThat(send("POST", "127.0.0.1:8080", "http://localhost:3000").getStatus())
                .isEqualTo(403);
        assertThat(send("POST", "127.0.0.1:8080", "null").getStatus()).isEqualTo(403);
    }

    @Test
    void refusesAChangeThatTheBrowserSaysComesFromAnotherSiteOfTheSameMachine() throws Exception {
        MockHttpServletResponse response = send(guard, "POST", "127.0.0.1:8080", null, "same-site");
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(send(guard, "POST", "127.0.0.1:8080", "http://127.0.0.1:8080", "same-origin")
                        .getStatus())
                .isEqualTo(200);
        assertThat(send(guard, "POST", "127.0.0.1:8080", null, "none").getStatus())
                .isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://a b", "::::", "http://", "http://127.0.0.1:99999", "127.0.0.1:8080"})
    void answersAMalformedOriginWithABadRequest(String origin) throws Exception {
        MockHttpServletResponse response = send("POST", "127.0.0.1:8080", origin);
        assertThat(response.getStatus()).as(origin).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("is not an origin");
    }

    @Test
    void acceptsTheConfiguredPublicHostBesideThisMachine() throws Exception {
        LoopbackGuard proxied = new LoopbackGuard("127.0.0.1", "exam.example.org");
        assertThat(send(proxied, "GET", "exam.example.org", null, null).getStatus())
                .isEqualTo(200);
        assertThat(send(proxied, "POST", "exam.example.org", "https://exam.example.org", "same-origin")
                        .getStatus())
                .isEqualTo(200);
        assertThat(send(proxied, "GET", "exam.example.org.evil.example", null, null)
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void letsEverythingThroughWhenConfiguredForAnotherAddress() throws Exception {
        LoopbackGuard open = new LoopbackGuard("0.0.0.0");
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/attempts");
        request.addHeader("Host", "examloop.example.org");
        request.addHeader("Origin", "https://examloop.example.org");
        MockHttpServletResponse response = new MockHttpServletResponse();
        open.doFilter(request, response, new MockFilterChain());
        assertThat(response.getStatus()).isEqualTo(200);
    }
}
