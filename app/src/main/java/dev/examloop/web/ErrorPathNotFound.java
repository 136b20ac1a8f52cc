package dev.examloop.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The error path ({@code /error}) is where the container forwards a failure to be described; asked for directly
 * it is not a page, and answers 404 like any other unknown path (it answered 500: there was no failure to
 * describe).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class ErrorPathNotFound extends OncePerRequestFilter {
    private final String errorPath;

    ErrorPathNotFound(@Value("${server.error.path:/error}") String errorPath) {
        this.errorPath = errorPath;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        if (request.getDispatcherType() == DispatcherType.REQUEST
                && (path.equals(errorPath) || path.startsWith(errorPath + "/"))) {
            LoopbackGuard.refuse(response, 404, "not-found", path + " does not exist");
            return;
        }
        chain.doFilter(request, response);
    }
}
