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

    /**
     * Whether {@code entry} is the navigation link of the page being rendered: the entry whose path is the longest
     * that the request's path starts with, segment by segment ({@code /review/stats} is under {@code /review});
     * {@code /} only for the start page itself.
     */
    public static boolean isCurrent(NavigationEntry entry) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof org.springframework.web.context.request.ServletRequestAttributes servlet)) {
            return false;
        }
        String path = servlet.getRequest().getRequestURI();
        String best = null;
        for (NavigationEntry candidate : current().navigation()) {
            if (under(path, candidate.path())
                    && (best == null || candidate.path().length() > best.length())) {
                best = candidate.path();
            }
        }
        return entry.path().equals(best);
    }

    private static boolean under(String path, String entryPath) {
        if (entryPath.equals("/")) {
            return path.equals("/");
        }
        return path.equals(entryPath) || path.startsWith(entryPath + "/");
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
