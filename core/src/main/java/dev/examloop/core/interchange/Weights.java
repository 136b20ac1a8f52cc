package dev.examloop.core.interchange;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Moodle's answer weights: a right answer of a multiple-response question is worth 100 % / number of keys. */
final class Weights {
    private Weights() {}

    /** 100/n written as Moodle writes fractions: {@code 50}, {@code 33.33333}, {@code 25}. */
    static String share(int n) {
        BigDecimal share = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(n), 5, RoundingMode.DOWN);
        return share.stripTrailingZeros().toPlainString();
    }
}
