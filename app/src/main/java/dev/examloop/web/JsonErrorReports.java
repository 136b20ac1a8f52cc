package dev.examloop.web;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Requests that Tomcat refuses itself, before any of Examloop's code runs (an encoded {@code /} or a NUL in the
 * path, a request line or headers over 8 KB), are answered with the same JSON body as every other error
 * ({@code status}, {@code error}, {@code message}, {@code details}) instead of Tomcat's HTML page: Tomcat's error
 * report valve is replaced by one that writes JSON.
 */
@Component
class JsonErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(JsonValve.class.getName());
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof JsonValve)) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                boolean present = false;
                for (Valve valve : host.getPipeline().getValves()) {
                    present |= valve instanceof JsonValve;
                }
                if (!present) {
                    host.getPipeline().addValve(new JsonValve());
                }
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after Spring Boot's own customizer, which adds Tomcat's valve
    }

    /** Tomcat's error report, as JSON; nothing when a body was written already. */
    public static final class JsonValve extends ErrorReportValve {
        public JsonValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            String message = switch (status) {
                case 400 ->
                    "the request is not valid HTTP for Examloop (for example an encoded '/' or a NUL"
                            + " character in its address, or a malformed header)";
                case 414, 431 -> "the request's address or headers are longer than the server takes (8 KB)";
                case 413 -> "the request body is larger than the server takes";
                case 404 -> "this address does not exist";
                default -> "the request could not be handled (HTTP " + status + ")";
            };
            String code = status == 404 ? "not-found" : status < 500 ? "bad-request" : "internal-error";
            try {
                response.setContentType("application/json");
                response.setCharacterEncoding("UTF-8");
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("X-Frame-Options", "DENY");
                response.setHeader("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY);
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write("{\"status\":" + status + ",\"error\":\"" + code + "\",\"message\":\""
                            + message.replace("\"", "\\\"") + "\",\"details\":[]}");
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // The connection is gone: nobody to tell.
            }
        }
    }
}
