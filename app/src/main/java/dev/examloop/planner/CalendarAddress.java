package dev.examloop.planner;

import java.net.URI;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address a calendar app subscribes to. With {@code examloop.public-base-url} set (the address other devices
 * open, for example {@code https://examloop.example.org}), the subscription URL starts with it; without it, the
 * URL is the one this request came to, and when that is a loopback address the page says that a phone's or another
 * computer's calendar cannot reach it.
 */
@Component
class CalendarAddress {
    private final String publicBaseUrl;

    CalendarAddress(@Value("${examloop.public-base-url:}") String publicBaseUrl) {
        String base = publicBaseUrl.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        this.publicBaseUrl = base;
    }

    /** The subscription URL of {@code path}, and whether only this computer can open it. */
    record Address(String url, boolean thisComputerOnly) {}

    Address of(String path) {
        String url = publicBaseUrl.isEmpty()
                ? ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path(path)
                        .toUriString()
                : publicBaseUrl + path;
        return new Address(url, isLoopback(url));
    }

    static boolean isLoopback(String url) {
        String host = URI.create(url).getHost();
        if (host == null) {
            return true;
        }
        host = host.toLowerCase(Locale.ROOT);
        return host.equals("localhost")
                || host.startsWith("127.")
                || host.equals("[::1]")
                || host.equals("::1")
                || host.equals("0.0.0.0");
    }
}
