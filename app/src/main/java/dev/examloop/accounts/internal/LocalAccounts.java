package dev.examloop.accounts.internal;

import dev.examloop.accounts.Accounts;
import org.springframework.stereotype.Component;

/** Single-user mode: every request is the built-in local learner's (created by the first migration). */
@Component
class LocalAccounts implements Accounts {
    static final String LOCAL = "local";

    @Override
    public String currentAccountId() {
        return LOCAL;
    }
}
