package dev.examloop.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps other web sites out of a server that listens on the loopback address only (single-user mode, no
 * accounts): a request must name this machine as its host (which defeats DNS rebinding), and a request that
 * changes something must not come from another site (which defeats cross-site form posts).
 */
@Component
class LoopbackGuard extends OncePerRequestFilter {
    private static final Set<String> LOCAL_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]", "::1");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final boolean loopbackOnly;

    LoopbackGuard(@Value("${server.address:127.0.0.1}") String address) {
        this.loopbackOnly = LOCAL_HOSTS.contains(address) || address.startsWith("127.");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (loopbackOnly) {
            String host = hostName(request.getHeader("Host"));
            if (host != null && !isLocal(host)) {
                refuse(
                        response,
                        "this Examloop serves this machine only; open it at http://127.0.0.1 or http://localhost");
                return;
            }
            if (!SAFE_METHODS.contains(request.getMethod())) {
                String origin = request.getHeader("Origin");
                if (origin != null
                        && !origin.equals("null")
                        && !isLocal(hostName(URI.create(origin).getAuthority()))) {
                    refuse(response, "a request from another web site (" + origin + ") may not change your data");
                    return;
                }
                if ("cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
                    refuse(response, "a request from another web site may not change your data");
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isLocal(String host) {
        return host != null && (LOCAL_HOSTS.contains(host) || host.startsWith("127."));
    }

    /** The host name of a Host header or URI authority, without the port. */
    static String hostName(String authority) {
        if (authority == null || authority.isBlank()) {
            return null;
        }
        if (authority.startsWith("[")) {
            int end = authority.indexOf(']');
            return end < 0 ? authority : authority.substring(0, end + 1);
        }
        int colon = authority.indexOf(':');
        return (colon < 0 ? authority : authority.substring(0, colon)).toLowerCase(java.util.Locale.ROOT);
    }

    private static void refuse(HttpServletResponse response, String message) throws IOException {
        response.setStatus(403);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"status\":403,\"error\":\"forbidden\",\"message\":\""
                        + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"details\":[]}");
    }
}
