package dev.examloop.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps other web sites out of a server that listens on the loopback address only (single-user mode, no
 * accounts): a request must name this machine as its host, exactly (which defeats DNS rebinding: a name such
 * as {@code 127.0.0.1.attacker.example} is refused), and a request that changes something must come from a page
 * of this very origin (which defeats cross-site and same-site form posts and fetches).
 *
 * <p>The hosts accepted are {@code localhost}, {@code 127.0.0.1}, {@code [::1]} and the address the server
 * listens on, each with or without a port, and the host named by {@code examloop.public-host} when one is
 * configured (a reverse proxy in front of a loopback server). A server that listens on another address has no
 * guard unless a public host is configured: issue 22 (the team server) puts Spring Security in front of it.
 * See docs/decisions/0060-exact-loopback-guard-and-security-headers.md.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class LoopbackGuard extends OncePerRequestFilter {
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    /** A host (a name, an IPv4 address or a bracketed IPv6 address) and an optional port; nothing else. */
    private static final Pattern AUTHORITY =
            Pattern.compile("(\\[[0-9a-fA-F:.]+\\]|[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?)(?::([0-9]{1,5}))?");

    private static final Pattern ORIGIN = Pattern.compile("(https?)://([^/?#]+)");

    private final Set<String> hosts;
    private final boolean guarded;

    @Autowired
    LoopbackGuard(
            @Value("${server.address:127.0.0.1}") String address,
            @Value("${examloop.public-host:}") String publicHost) {
        Set<String> accepted = new HashSet<>();
        boolean loopbackOnly = LOOPBACK.contains(address) || address.equals("::1") || address.startsWith("127.");
        if (loopbackOnly) {
            accepted.addAll(LOOPBACK);
            accepted.add(address.equals("::1") ? "[::1]" : address.toLowerCase(Locale.ROOT));
        }
        if (!publicHost.isBlank()) {
            accepted.add(publicHost.strip().toLowerCase(Locale.ROOT));
        }
        this.hosts = Set.copyOf(accepted);
        this.guarded = !hosts.isEmpty();
    }

    LoopbackGuard(String address) {
        this(address, "");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!guarded) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Authority> host = Authority.parse(request.getHeader("Host"));
        if (host.isEmpty() || !hosts.contains(host.get().host())) {
            refuse(
                    response,
                    403,
                    "forbidden",
                    "this Examloop serves this machine only; open it at http://127.0.0.1 or http://localhost");
            return;
        }
        if (!SAFE_METHODS.contains(request.getMethod())) {
            String site = request.getHeader("Sec-Fetch-Site");
            if (site != null && !site.equals("same-origin") && !site.equals("none")) {
                refuse(
                        response,
                        403,
                        "forbidden",
                        "a request from another web site (" + site + ") may not change your data");
                return;
            }
            String origin = request.getHeader("Origin");
            if (origin != null) {
                Optional<String> problem = originProblem(origin, request.getScheme(), host.get(), site);
                if (problem.isPresent()) {
                    boolean malformed = problem.get().startsWith("the Origin header");
                    refuse(response, malformed ? 400 : 403, malformed ? "bad-request" : "forbidden", problem.get());
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    /** Why an Origin header may not change data here, or nothing when it is this server's own origin. */
    private Optional<String> originProblem(String origin, String scheme, Authority host, String site) {
        if (origin.equals("null")) {
            // Sent by sandboxed frames and by pages with a no-referrer policy: only our own page is let through.
            return "same-origin".equals(site)
                    ? Optional.empty()
                    : Optional.of("a request from an unknown web site (Origin: null) may not change your data");
        }
        Matcher matcher = ORIGIN.matcher(origin);
        Optional<Authority> authority =
                matcher.matches() ? Authority.parse(matcher.group(2)) : Optional.<Authority>empty();
        if (authority.isEmpty()) {
            return Optional.of("the Origin header '" + printable(origin) + "' is not an origin (scheme://host:port)");
        }
        Authority from = authority.get();
        String fromScheme = matcher.group(1);
        boolean sameOrigin = from.host().equals(host.host())
                && from.port(fromScheme) == host.port(scheme)
                && fromScheme.equals(scheme);
        boolean publicOrigin = hosts.contains(from.host()) && !LOOPBACK.contains(from.host());
        if (sameOrigin || publicOrigin) {
            return Optional.empty();
        }
        return Optional.of("a request from another web site (" + printable(origin) + ") may not change your data");
    }

    /** A header value as it may appear in a message: printable ASCII, at most 200 characters. */
    private static String printable(String value) {
        String kept = value.replaceAll("[^\\x20-\\x7e]", "?");
        return kept.length() > 200 ? kept.substring(0, 200) + "…" : kept;
    }

    /** The host (lower case; an IPv6 address in brackets) and the port of a Host header or an origin. */
    record Authority(String host, int port) {
        static Optional<Authority> parse(String authority) {
            if (authority == null) {
                return Optional.empty();
            }
            Matcher matcher = AUTHORITY.matcher(authority);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            int port = matcher.group(2) == null ? -1 : Integer.parseInt(matcher.group(2));
            if (port > 65535) {
                return Optional.empty();
            }
            return Optional.of(new Authority(matcher.group(1).toLowerCase(Locale.ROOT), port));
        }

        int port(String scheme) {
            return port >= 0 ? port : scheme.equals("https") ? 443 : 80;
        }
    }

    static void refuse(HttpServletResponse response, int status, String code, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"status\":" + status + ",\"error\":\"" + code + "\",\"message\":\""
                        + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"details\":[]}");
    }
}
