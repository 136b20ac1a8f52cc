package dev.examloop.core.fsrs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.examloop.core.fsrs.revlog.ReplayedReview;
import dev.examloop.core.fsrs.revlog.RevlogReadResult;
import dev.examloop.core.fsrs.revlog.RevlogReader;
import dev.examloop.core.fsrs.revlog.RevlogReplay;
import dev.examloop.core.fsrs.revlog.RevlogRow;
import dev.examloop.core.fsrs.revlog.RevlogWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Writes every history of the ts-fsrs vectors as one review log (a card per history), reads it back, replays it
 * and compares each review with what ts-fsrs computed: the CSV keeps everything the scheduler needs.
 */
class RevlogReplayDifferentialTest {
    private static final TsFsrsVectors VECTORS = TsFsrsVectors.load();

    @Test
    void replaysTheVectorHistoriesWrittenAsAReviewLogLikeTsFsrs() {
        for (TsFsrsVectors.Config config : VECTORS.configs()) {
            List<RevlogRow> rows = new ArrayList<>();
            List<TsFsrsVectors.Review> expected = new ArrayList<>();
            for (int card = 0; card < config.histories().size(); card++) {
                for (TsFsrsVectors.Review review : config.histories().get(card).reviews()) {
                    rows.add(RevlogRow.of(card, review.at(), review.rating()));
                    expected.add(review);
                }
            }
            RevlogReadResult read = RevlogReader.read(config.name() + ".csv", RevlogWriter.toCsv(rows));
            assertThat(read.problems()).isEmpty();

            List<ReplayedReview> replayed = RevlogReplay.replay(new Scheduler(config.settings()), read.rows());
            assertThat(replayed).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                TsFsrsVectors.Review want = expected.get(i);
                ReplayedReview got = replayed.get(i);
                String where = config.name() + " review " + i + " at " + want.at();
                assertThat(got.stability()).as(where + ": stability").isEqualTo(want.stability());
                assertThat(got.difficulty()).as(where + ": difficulty").isEqualTo(want.difficulty());
                assertThat(got.log().retrievability())
                        .as(where + ": retrievability")
                        .isEqualTo(want.retrievability());
                assertThat(got.log().due()).as(where + ": due").isEqualTo(want.due());
            }
        }
    }
}
