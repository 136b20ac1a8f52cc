package dev.examloop.exam;

import dev.examloop.web.LayoutContribution;
import dev.examloop.web.NavigationEntry;
import dev.examloop.web.StartPage;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The simulator's links in the navigation; without a better offer, {@code /} shows the exams. */
@Component
class ExamLayout implements LayoutContribution {
    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry(30, "Exams", "/exams"), new NavigationEntry(40, "History", "/history"));
    }

    @Override
    public Optional<StartPage> startPage() {
        return Optional.of(StartPage.shown(100, "/exams"));
    }
}
