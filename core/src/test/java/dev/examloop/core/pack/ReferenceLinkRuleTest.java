package dev.examloop.core.pack;

import static dev.examloop.core.pack.Bank.single;
import static dev.examloop.core.pack.Bank.withReferences;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceLinkRuleTest {
    private final ReferenceLinkRule rule = new ReferenceLinkRule();

    private static Pack pack(List<String> domains, Question question) {
        return new Pack(Bank.blueprint(domains.toArray(String[]::new)), List.of(question), List.of());
    }

    @Test
    void acceptsReferencesOnAnOfficialDomainOrBelowIt() {
        Question q = withReferences(
                single("q", "1.1", "S?"),
                "https://docs.aws.amazon.com/sagemaker/latest/dg/x.html",
                "https://sagemaker.readthedocs.io/en/stable/");
        assertThat(Bank.check(rule, pack(List.of("docs.aws.amazon.com", "readthedocs.io"), q), Strictness.STRICT))
                .isEmpty();
    }

    @Test
    void namesAReferenceOffTheOfficialDomains() {
        Question q = withReferences(
                single("q", "1.1", "S?"),
                "https://docs.aws.amazon.com/x",
                "https://example-blog.com/aws.amazon.com/tips");
        assertThat(Bank.check(rule, pack(List.of("aws.amazon.com"), q), Strictness.NORMAL))
                .containsExactly(
                        "p: questions[q].references[1]: warning: 'https://example-blog.com/aws.amazon.com/tips' is on "
                                + "example-blog.com, which is not official documentation for this pack (referenceDomains: aws.amazon.com)");
    }

    @Test
    void doesNotTakeAHostThatMerelyEndsWithTheSameLettersAsOfficial() {
        Question q = withReferences(single("q", "1.1", "S?"), "https://notaws.amazon.com.evil.example/");
        assertThat(Bank.check(rule, pack(List.of("amazon.com"), q), Strictness.STRICT))
                .hasSize(1);
        Question lookalike = withReferences(single("q", "1.1", "S?"), "https://fakeamazon.com/");
        assertThat(Bank.check(rule, pack(List.of("amazon.com"), lookalike), Strictness.STRICT))
                .hasSize(1);
    }

    @Test
    void checksOnlyTheFormWhenThePackNamesNoDomains() {
        Question q = withReferences(
                single("q", "1.1", "See [the guide](http://example.com/guide)."), "https://example.com/");
        assertThat(Bank.check(rule, pack(List.of(), q), Strictness.NORMAL))
                .containsExactly(
                        "p: questions[q].stem: warning: link 'http://example.com/guide' is not an absolute https:// URL with a host");
    }

    @Test
    void checksInlineLinksAndAutolinksButNotImages() {
        assertThat(
                        ReferenceLinkRule.inlineLinks(
                                "See [docs](https://docs.aws.amazon.com/a \"title\") and <https://aws.amazon.com/b>. ![chart](https://img.example/c.png)"))
                .containsExactly("https://docs.aws.amazon.com/a", "https://aws.amazon.com/b");
    }

    @Test
    void isAnErrorUnderStrict() {
        Question q = withReferences(single("q", "1.1", "S?"), "https://example.com/");
        assertThat(rule.check(pack(List.of("docs.aws.amazon.com"), q), SourceMap.empty("p"), Strictness.STRICT))
                .singleElement()
                .matches(Problem::isError);
    }
}
