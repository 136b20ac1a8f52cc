package dev.examloop.support;

import dev.examloop.accounts.Accounts;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Lets a test act as another account: a request with the header {@value #HEADER} acts for the account it
 * names (the account's row must exist); any other request for the local learner, as in the application.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestAccounts {
    public static final String HEADER = "X-Test-Account";

    @Bean
    @Primary
    Accounts testAccounts() {
        return () -> {
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
                String account = attributes.getRequest().getHeader(HEADER);
                if (account != null && !account.isBlank()) {
                    return account;
                }
            }
            return "local";
        };
    }
}
