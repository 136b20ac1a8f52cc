/**
 * Accounts. Every row belongs to an account, even in single-user mode, where the learner is the built-in
 * account {@code local}. Publishes {@link dev.examloop.accounts.Accounts}, which says whose request this is.
 */
@ApplicationModule(allowedDependencies = {"common", "storage"})
package dev.examloop.accounts;

import org.springframework.modulith.ApplicationModule;
