package dev.examloop.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The navigation and header slots of the page layout, gathered once from every module's
 * {@link LayoutContribution} and handed to the layout template through the request ({@link #current()}): JTE
 * templates call the layout with their own parameters only, so the shell's part cannot travel in each
 * template's model.
 */
@Component
public class Layout extends OncePerRequestFilter {
    static final String ATTRIBUTE = Layout.class.getName();

    /** What the layout template draws around every page. */
    public record Shell(List<NavigationEntry> navigation, List<HeaderFragment> header) {
        static final Shell EMPTY = new Shell(List.of(), List.of());
    }

    private final Shell shell;

    Layout(List<LayoutContribution> contributions) {
        this.shell = new Shell(
                contributions.stream()
                        .flatMap(c -> c.navigation().stream())
                        .sorted(Comparator.comparingInt(NavigationEntry::order))
                        .toList(),
                contributions.stream().flatMap(c -> c.header().stream()).toList());
    }

    /** The shell for the page being rendered (empty outside a request). */
    public static Shell current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object shell = request == null ? null : request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return shell instanceof Shell s ? s : Shell.EMPTY;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(ATTRIBUTE, shell);
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
