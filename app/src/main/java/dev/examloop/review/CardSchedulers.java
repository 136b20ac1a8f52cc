package dev.examloop.review;

import dev.examloop.core.fsrs.Scheduler;
import dev.examloop.core.fsrs.SchedulerSettings;
import dev.examloop.review.internal.ParameterSetStore;
import dev.examloop.review.internal.ReviewSettingsStore;
import org.springframework.stereotype.Component;

/**
 * An account's FSRS scheduler: its desired retention and its active fitted parameters (else the defaults). Building
 * one reads the database, so a request builds one and passes it along.
 */
@Component
class CardSchedulers {
    private final ReviewSettingsStore settings;
    private final ParameterSetStore parameterSets;

    CardSchedulers(ReviewSettingsStore settings, ParameterSetStore parameterSets) {
        this.settings = settings;
        this.parameterSets = parameterSets;
    }

    Scheduler of(String account) {
        return of(account, settings.settings(account));
    }

    Scheduler of(String account, ReviewSettings settings) {
        return new Scheduler(SchedulerSettings.DEFAULT
                .withDesiredRetention(settings.desiredRetention())
                .withParameters(ScheduleOptimiser.activeParameters(parameterSets, account)));
    }
}
