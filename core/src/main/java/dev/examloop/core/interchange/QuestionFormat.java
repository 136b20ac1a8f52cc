package dev.examloop.core.interchange;

import dev.examloop.core.pack.Pack;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * One interchange format: a reader to the pack model and a writer from it.
 *
 * <p>{@link #read} returns the questions it could take and those it skipped, or throws {@link ImportRefusal} for
 * malformed input (nothing of such a file is imported). {@link #write} writes every question the format can carry
 * and returns those it left out, with the reason.
 */
public interface QuestionFormat {
    Format format();

    Bank read(ImportSource source);

    List<LeftOut> write(Pack pack, OutputStream out) throws IOException;

    /** A question an export could not carry. */
    record LeftOut(String questionId, String reason) {}
}
