package dev.examloop.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class LoopbackGuardTest {
    private final LoopbackGuard guard = new LoopbackGuard("127.0.0.1");

    private MockHttpServletResponse send(String method, String host, String origin) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/attempts");
        request.addHeader("Host", host);
        if (origin != null) {
            request.addHeader("Origin", origin);
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
