package dev.examloop.exam.internal;

import dev.examloop.exam.Attempts;
import dev.examloop.exam.RunningExam;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The test-centre rule: while the current account sits a full mock (exam mode), only that exam is open. A page
 * asked for meanwhile redirects to the exam with the reason; the API answers 423 Locked with a JSON body that
 * says why and names the running attempt; an htmx request gets 423 and the reason as text. Every other page
 * could show a key of the exam's questions (a question's page, a practice check, a card's prompt, a result,
 * a post-mortem, a tag page, search), so all of them are closed, not only those known today.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class ExamLock extends OncePerRequestFilter {
    /** What stays open: the application's assets, its error page and health, whatever the running exam. */
    private static final List<String> ALWAYS_OPEN = List.of("/css/", "/js/", "/webjars/", "/favicon", "/actuator/");

    private static final Pattern EXAM_PATHS = Pattern.compile(
            "/(api/)?attempts/([^/]+)(/((q|questions|answers)/[^/]+(/check)?|review|submit|abandon|result))?/?");

    private final Attempts attempts;

    ExamLock(Attempts attempts) {
        this.attempts = attempts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (alwaysOpen(path)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<RunningExam> running;
        try {
            running = attempts.runningExam();
        } catch (org.springframework.dao.DataAccessException
                | org.springframework.transaction.TransactionException databaseAway) {
            // With the database away no page can show anything, keys included: the request goes on to be answered
            // 503 by the error handling (the answer kept in the browser), instead of a bare 500 from this filter.
            chain.doFilter(request, response);
            return;
        }
        if (running.isEmpty() || isPartOf(running.get(), path)) {
            chain.doFilter(request, response);
            return;
        }
        refuse(running.get(), path, request, response);
    }

    private static boolean alwaysOpen(String path) {
        return path.equals("/error") || ALWAYS_OPEN.stream().anyMatch(path::startsWith);
    }

    /** Whether the path is one of the running exam's own pages or API calls. */
    static boolean isPartOf(RunningExam exam, String path) {
        var matcher = EXAM_PATHS.matcher(path);
        return matcher.matches() && matcher.group(2).equals(exam.attemptId());
    }

    private static void refuse(RunningExam exam, String path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String examPage = "/attempts/" + exam.attemptId();
        if (path.startsWith("/api/")) {
            response.setStatus(423);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write("{\"status\":423,\"error\":\"exam-in-progress\",\"message\":"
                            + quoted(exam.reason() + ": "
                                    + "this answer is withheld; submit or abandon attempt " + exam.attemptId()
                                    + " (POST /api/attempts/" + exam.attemptId() + "/submit or /abandon) to open it")
                            + ",\"details\":[],\"attempt\":" + quoted(exam.attemptId()) + ",\"exam\":"
                            + quoted("/api/attempts/" + exam.attemptId()) + "}");
            return;
        }
        if (request.getHeader("HX-Request") != null) {
            response.setStatus(423);
            response.setContentType("text/plain");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("Withheld: " + exam.reason() + ".");
            return;
        }
        // 303: whatever the method, the browser follows with a GET; a form posted elsewhere saved nothing.
        response.setStatus(303);
        response.setHeader("Location", examPage + "?locked=1");
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
