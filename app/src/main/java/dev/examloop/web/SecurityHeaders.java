package dev.examloop.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The headers every response carries, set before anything else runs so that refusals and error pages carry
 * them too: no framing by another page, no content sniffing, and a Content-Security-Policy under which only
 * this server's own script files run (no inline script, no event-handler attribute, no eval) and no page loads
 * anything from another host. Exam responses are never stored by a cache.
 *
 * <p>Styles keep {@code 'unsafe-inline'}: bar charts size their bars with a {@code style} attribute computed on
 * the server. When Spring Security arrives (issue 22) these become its header writers; the values stay those of
 * this class. See docs/decisions/0060-exact-loopback-guard-and-security-headers.md.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeaders extends OncePerRequestFilter {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Referrer-Policy", "same-origin");
        if (isExam(request.getRequestURI())) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /** An attempt's pages and API: what a candidate answered, and the time left, never kept by a cache. */
    static boolean isExam(String path) {
        return path.startsWith("/attempts/") || path.startsWith("/api/attempts");
    }
}
