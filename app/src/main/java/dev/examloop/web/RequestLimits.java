package dev.examloop.web;

import dev.examloop.common.ClientProblem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the body of every request at a size that fits its endpoint, and refuses a larger one with 413 and a
 * JSON body before reading it: at once when the declared {@code Content-Length} passes the cap, and as soon as
 * the bytes streamed (chunked) pass it otherwise, so that no request can make the server hold more than its
 * cap in memory. Multipart bodies are capped by Spring's multipart limits (set for the Import page's
 * 64 MB) and here at 12 MB on every other path, form posts by Tomcat's
 * ({@code spring.servlet.multipart.*}, {@code server.tomcat.max-http-form-post-size}); this filter refuses a
 * declared size above them too. See docs/decisions/0061-request-limits-and-nul.md.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RequestLimits extends OncePerRequestFilter {
    static final long ANSWER = 64 * 1024;
    static final long NOTE = 1024 * 1024;
    static final long REVIEW_LOG = 128L * 1024 * 1024;
    static final long DEFAULT = 256 * 1024;
    /** A form with a file anywhere but the Import page. */
    static final long FORM_WITH_FILE = 12L * 1024 * 1024;

    private static final Pattern ANSWER_PATHS =
            Pattern.compile("/api/attempts/[^/]+/answers/[^/]+|/attempts/[^/]+/q/[^/]+");
    private static final Pattern NOTE_PATHS = Pattern.compile("/(api/)?notes(/[^/]+)?");

    private final long imageBytes;
    private final long importBytes;

    /**
     * @param importBytes the largest form the Import page takes ({@code POST /import}, a question bank of up to 64 MB
     *     and its fields): Spring's multipart limit, which is set for it; every other form with a file is held to
     *     {@link #FORM_WITH_FILE}
     */
    RequestLimits(
            @Value("${examloop.images.max-bytes:5242880}") long imageBytes,
            @Value("${spring.servlet.multipart.max-request-size:12MB}") DataSize importBytes) {
        this.imageBytes = imageBytes;
        this.importBytes = importBytes.toBytes();
    }

    /** The most bytes a body may have on this path, and what to call it in a refusal. */
    record Limit(long bytes, String what) {}

    Limit limitOf(HttpServletRequest request) {
        String path = request.getRequestURI();
        String type = request.getContentType() == null ? "" : request.getContentType();
        if (type.startsWith("multipart/")) {
            return path.equals("/import")
                    ? new Limit(importBytes, "a question bank to import")
                    : new Limit(Math.min(FORM_WITH_FILE, importBytes), "a form with a file");
        }
        if (path.equals("/api/images")) {
            return new Limit(imageBytes, "an image");
        }
        if (path.equals("/api/review/log")) {
            return new Limit(REVIEW_LOG, "a review log");
        }
        if (ANSWER_PATHS.matcher(path).matches()) {
            return new Limit(ANSWER, "an answer");
        }
        if (NOTE_PATHS.matcher(path).matches()) {
            return new Limit(NOTE, "a note");
        }
        return new Limit(DEFAULT, "this request");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Limit limit = limitOf(request);
        long declared = request.getContentLengthLong();
        if (declared > limit.bytes()) {
            // Nothing of the body is read: the connection is closed after the answer instead of swallowing it.
            response.setHeader("Connection", "close");
            LoopbackGuard.refuse(
                    response, 413, "payload-too-large", tooLarge(limit).getMessage());
            return;
        }
        chain.doFilter(new Limited(request, limit), response);
    }

    static ClientProblem tooLarge(Limit limit) {
        return new ClientProblem(
                413,
                "payload-too-large",
                "the request body is larger than " + size(limit.bytes()) + ", the most " + limit.what() + " may have",
                List.of());
    }

    static String size(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }

    /** The request with a body that stops at the limit. */
    private static final class Limited extends HttpServletRequestWrapper {
        private final Limit limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, Limit limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset;
            try {
                charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            } catch (IllegalArgumentException e) {
                throw new ClientProblem(415, "unsupported-charset", "the charset '" + encoding + "' is not known");
            }
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    /** Counts the bytes read and throws a 413 problem once they pass the limit. */
    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private final Limit limit;
        private long read;

        Counting(ServletInputStream in, Limit limit) {
            this.in = in;
            this.limit = limit;
        }

        private int count(int n) {
            if (n > 0) {
                read += n;
                if (read > limit.bytes()) {
                    throw tooLarge(limit);
                }
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return count(in.read(buffer, offset, length));
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
