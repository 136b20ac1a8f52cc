package dev.examloop.web;

import dev.examloop.common.ClientProblem;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure into a JSON body ({@code status}, {@code error}, {@code message}, {@code details}) for
 * the API and into an error page for people. A client's mistake is a 4xx that names it; only a fault of
 * ours is a 500, and its body says so without a stack trace.
 */
@RestControllerAdvice
class ErrorHandling {
    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);
    private final gg.jte.TemplateEngine templates;

    private final String multipartFileLimit;
    private final String multipartRequestLimit;

    ErrorHandling(
            gg.jte.TemplateEngine templates,
            @org.springframework.beans.factory.annotation.Value("${spring.servlet.multipart.max-file-size:10MB}")
                    String multipartFileLimit,
            @org.springframework.beans.factory.annotation.Value("${spring.servlet.multipart.max-request-size:12MB}")
                    String multipartRequestLimit) {
        this.templates = templates;
        this.multipartFileLimit = multipartFileLimit;
        this.multipartRequestLimit = multipartRequestLimit;
    }

    @ExceptionHandler(ClientProblem.class)
    ResponseEntity<?> clientProblem(ClientProblem e, HttpServletRequest request) {
        return answer(request, e.status(), e.code(), e.getMessage(), e.details());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<?> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof ClientProblem problem) {
            return clientProblem(problem, request);
        }
        String message = "the request body is not valid JSON of the expected shape";
        if (cause instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                    .orElse("");
            message = "field '" + field + "' has the wrong type";
            return answer(request, 400, "bad-request", message, List.of(field));
        }
        if (cause instanceof com.fasterxml.jackson.core.JsonParseException parse) {
            message = "the request body is not valid JSON (line "
                    + parse.getLocation().getLineNr() + ", column "
                    + parse.getLocation().getColumnNr() + ")";
        }
        return answer(request, 400, "bad-request", message, List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<?> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return answer(
                request,
                400,
                "bad-request",
                "'" + e.getValue() + "' is not a valid " + e.getName(),
                List.of(e.getName()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<?> missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return answer(
                request,
                400,
                "bad-request",
                "parameter '" + e.getParameterName() + "' is required",
                List.of(e.getParameterName()));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<?> noResource(NoResourceFoundException e, HttpServletRequest request) {
        return answer(request, 404, "not-found", request.getRequestURI() + " does not exist", List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<?> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return answer(
                request,
                405,
                "method-not-allowed",
                e.getMethod() + " is not allowed on " + request.getRequestURI(),
                List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<?> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return answer(request, 415, "unsupported-media-type", "send the body as application/json", List.of());
    }

    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    ResponseEntity<?> uploadTooLarge(
            org.springframework.web.multipart.MaxUploadSizeExceededException e, HttpServletRequest request) {
        return answer(
                request,
                413,
                "payload-too-large",
                "the upload is larger than the server takes (a file at most " + multipartFileLimit
                        + ", a whole form at most " + multipartRequestLimit + ")",
                List.of());
    }

    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<?> badMultipart(org.springframework.web.multipart.MultipartException e, HttpServletRequest request) {
        Throwable root = e.getMostSpecificCause();
        if (root instanceof ClientProblem problem) {
            return clientProblem(problem, request);
        }
        String text = String.valueOf(root.getMessage());
        if (text.contains("exceeds") || text.contains("too large") || text.contains("SizeLimitExceeded")) {
            return uploadTooLarge(new org.springframework.web.multipart.MaxUploadSizeExceededException(-1, e), request);
        }
        log.info("Unreadable multipart form on {}: {}", request.getRequestURI(), text);
        if (text.toLowerCase(java.util.Locale.ROOT).contains("file name")
                || text.toLowerCase(java.util.Locale.ROOT).contains("filename")) {
            return answer(
                    request,
                    400,
                    "bad-request",
                    "a file name in the form is not valid: it holds a character no file name may have (such as NUL)",
                    List.of("file"));
        }
        return answer(request, 400, "bad-request", "the multipart form could not be read", List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<?> unexpected(Exception e, HttpServletRequest request) {
        ResponseEntity<?> database = DatabaseFaults.answer(e, request, this::answer);
        if (database != null) {
            return database;
        }
        if (e instanceof org.springframework.web.ErrorResponse known
                && known.getStatusCode().is4xxClientError()) {
            // Any other Spring MVC mistake of the client's (406, 413, …) keeps its status and gets our body.
            int status = known.getStatusCode().value();
            return answer(
                    request,
                    status,
                    "client-error",
                    HttpStatus.valueOf(status).getReasonPhrase() + ": "
                            + known.getBody().getDetail(),
                    List.of());
        }
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return answer(request, 500, "internal-error", DatabaseFaults.failureMessage(request), List.of());
    }

    ResponseEntity<?> answer(
            HttpServletRequest request, int status, String code, String message, List<String> details) {
        if (request.getHeader("HX-Request") != null && !request.getRequestURI().startsWith("/api/")) {
            // htmx shows this text in the page (examloop.js) instead of swapping in a whole error page.
            return ResponseEntity.status(status)
                    .contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                    .body(message);
        }
        if (request.getRequestURI().startsWith("/api/") || acceptsJsonOnly(request)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status);
            body.put("error", code);
            body.put("message", message);
            body.put("details", details);
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body);
        }
        var html = new gg.jte.output.StringOutput();
        templates.render(
                "error.jte",
                Map.of("status", status, "reason", HttpStatus.valueOf(status).getReasonPhrase(), "message", message),
                html);
        return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML).body(html.toString());
    }

    private static boolean acceptsJsonOnly(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("application/json") && !accept.contains("text/html");
    }
}
