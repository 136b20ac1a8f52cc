package dev.examloop.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.examloop.common.ClientProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * One check of every string a request brings, wherever it arrives: query and form parameters, multipart file
 * names, the {@code X-File-Name} header and every string of a JSON body. A NUL character (U+0000) is refused
 * with a 400 naming the field, on both databases: PostgreSQL cannot store one in text, SQLite would, and the
 * two must answer alike. See docs/decisions/0061-request-limits-and-nul.md.
 */
@Configuration(proxyBeanMethods = false)
class InputChecks implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new NoNulInParameters());
    }

    /** Every string of a JSON body, in any record or list, is checked as it is read. */
    @Bean
    Module noNulInJson() {
        SimpleModule module = new SimpleModule("examloop-no-nul");
        module.addDeserializer(String.class, new NoNulStrings());
        return module;
    }

    static ClientProblem nul(String field) {
        return ClientProblem.badRequest(
                "field '" + field + "' contains a NUL character (U+0000), which no text may hold", List.of(field));
    }

    private static boolean hasNul(String value) {
        return value != null && value.indexOf('\0') >= 0;
    }

    private static final class NoNulInParameters implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            for (Map.Entry<String, String[]> parameter :
                    request.getParameterMap().entrySet()) {
                if (hasNul(parameter.getKey())) {
                    throw nul(parameter.getKey().replace('\0', '?'));
                }
                for (String value : parameter.getValue()) {
                    if (hasNul(value)) {
                        throw nul(parameter.getKey());
                    }
                }
            }
            if (hasNul(request.getHeader("X-File-Name"))) {
                throw nul("X-File-Name");
            }
            if (request instanceof MultipartHttpServletRequest multipart) {
                for (Map.Entry<String, List<MultipartFile>> files :
                        multipart.getMultiFileMap().entrySet()) {
                    for (MultipartFile file : files.getValue()) {
                        if (hasNul(file.getOriginalFilename())) {
                            throw nul(files.getKey() + " (its file name)");
                        }
                    }
                }
            }
            return true;
        }
    }

    private static final class NoNulStrings extends StringDeserializer {
        private static final long serialVersionUID = 1L;

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (hasNul(value)) {
                String field = parser.currentName();
                throw nul(field == null ? "[" + parser.getParsingContext().getCurrentIndex() + "]" : field);
            }
            return value;
        }
    }
}
