package dev.examloop.accounts;

/** Says which account the current request acts for. */
public interface Accounts {
    /** The id of the account of the current request. */
    String currentAccountId();
}
