package dev.examloop.exam.internal;

import dev.examloop.accounts.Accounts;
import dev.examloop.search.QuestionGuard;
import org.springframework.stereotype.Component;

/** The exam lock as search sees it: no pack question in the results while the learner sits a full mock. */
@Component
class SearchDuringExam implements QuestionGuard {
    private final AttemptStore store;
    private final Accounts accounts;

    SearchDuringExam(AttemptStore store, Accounts accounts) {
        this.store = store;
        this.accounts = accounts;
    }

    @Override
    public boolean hidesQuestions() {
        return store.examInProgress(accounts.currentAccountId());
    }
}
