package dev.examloop.core.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.examloop.core.pack.PackFile;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A big bank is spread over several question files, each within the pack reader's limit per YAML file: a category
 * of thousands of questions once made one file the reader refused, so the bank could not be imported at all.
 */
class LargeBankTest {
    private final Interchange interchange = new Interchange();

    private static String gift(int questions, int stemWords) {
        StringBuilder text = new StringBuilder("$CATEGORY: Storage\n\n");
        for (int n = 1; n <= questions; n++) {
            text.append("::Q")
                    .append(n)
                    .append(":: Which class stores object ")
                    .append(n)
                    .append(" cheaply");
            for (int w = 0; w < stemWords; w++) {
                text.append(" word").append(w % 97).append('x').append(n);
            }
            text.append("? {\n=Glacier Deep Archive\n~EBS gp3 volume ")
                    .append(n)
                    .append("\n~Instance store\n}\n\n");
        }
        return text.toString();
    }

    private Interchange.Plan plan(String gift) {
        Bank bank = interchange.read(
                ImportSource.of("big.gift", gift.getBytes(StandardCharsets.UTF_8)), Optional.of(Format.GIFT));
        return interchange.plan(bank, "big.gift", ImportSettings.of("BIG", LocalDate.of(2026, 12, 8)), null);
    }

    private static List<PackFile> questionFiles(Interchange.Plan plan) {
        return plan.files().stream()
                .filter(f -> f.relativePath().startsWith("questions/"))
                .toList();
    }

    @Test
    void putsAtMostFiveHundredQuestionsInAFile() {
        Interchange.Plan plan = plan(gift(1_234, 3));
        assertThat(questionFiles(plan))
                .extracting(PackFile::relativePath)
                .containsExactly(
                        "questions/001-storage.yaml",
                        "questions/001-storage-002.yaml",
                        "questions/001-storage-003.yaml");
        assertThat(plan.lint().errors()).isEmpty();
        assertThat(plan.lint().pack().orElseThrow().questions()).hasSize(1_234);
    }

    @Test
    void splitsAFileOfLongQuestionsUntilEachPartFitsTheReadersLimit() {
        // 500 questions of about 8,000 characters: one file would hold about 4 million, over the reader's limit.
        Interchange.Plan plan = plan(gift(500, 800));
        List<PackFile> files = questionFiles(plan);
        assertThat(files).hasSizeGreaterThan(1);
        assertThat(files)
                .allSatisfy(f -> assertThat(f.text()).hasSizeLessThanOrEqualTo(PackAssembler.CHARACTERS_PER_FILE));
        assertThat(plan.lint().errors()).isEmpty();
        assertThat(plan.lint().pack().orElseThrow().questions()).hasSize(500);
    }
}
