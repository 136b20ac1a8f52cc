package dev.examloop.content.interchange;

import dev.examloop.common.ClientProblem;
import dev.examloop.content.PackCatalog;
import dev.examloop.core.interchange.Format;
import dev.examloop.core.interchange.QuestionFormat;
import dev.examloop.core.pack.Pack;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code GET /packs/CODE/export/FORMAT}: a loaded pack as a download in another tool's format, named after the pack
 * ({@code aws-mla-c01.gift}, {@code aws-mla-c01-qti.zip}). Questions the format cannot carry (Aiken holds single
 * answers only) are left out, and the response says how many and which in {@code X-Examloop-Left-Out}.
 */
@Controller
class ExportDownloads {
    static final String LEFT_OUT = "X-Examloop-Left-Out";

    private final PackCatalog catalog;
    private final PackExports exports;

    ExportDownloads(PackCatalog catalog, PackExports exports) {
        this.catalog = catalog;
        this.exports = exports;
    }

    @GetMapping("/packs/{code}/export/{format}")
    ResponseEntity<byte[]> export(@PathVariable String code, @PathVariable String format) throws IOException {
        Pack pack = catalog.find(code)
                .orElseThrow(() -> new ClientProblem(
                        404,
                        "unknown-pack",
                        "pack '" + code + "' is not loaded; loaded packs: " + catalog.knownCodes()));
        Format chosen = Format.fromWord(format)
                .filter(exports.formats()::contains)
                .orElseThrow(() -> new ClientProblem(
                        404,
                        "unknown-format",
                        "'" + format + "' is not a format Examloop exports to; one of "
                                + String.join(
                                        ", ",
                                        exports.formats().stream()
                                                .map(Format::word)
                                                .toList())));
        // Packs are a few megabytes at most: written whole first, so that a failure is an error, not half a file.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<QuestionFormat.LeftOut> leftOut = exports.export(pack, chosen, out);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(mediaType(chosen));
        headers.setContentDisposition(ContentDisposition.attachment()
                .filename(fileName(pack.code(), chosen), StandardCharsets.UTF_8)
                .build());
        headers.setCacheControl("no-store");
        if (!leftOut.isEmpty()) {
            headers.set(LEFT_OUT, leftOutHeader(leftOut));
        }
        return ResponseEntity.ok().headers(headers).body(out.toByteArray());
    }

    /** {@code mla-c01.gift}, or with the format's word where the extension alone is ambiguous: {@code mla-c01-aiken.txt}. */
    static String fileName(String code, Format format) {
        String base = code.toLowerCase(Locale.ROOT);
        String extension = format.extension();
        return extension.equals("." + format.word()) ? base + extension : base + "-" + format.word() + extension;
    }

    /** The count and the first ids, in ASCII as a header must be. */
    static String leftOutHeader(List<QuestionFormat.LeftOut> leftOut) {
        List<String> ids = leftOut.stream()
                .map(QuestionFormat.LeftOut::questionId)
                .limit(20)
                .toList();
        String header =
                leftOut.size() + " (" + String.join(", ", ids) + (leftOut.size() > ids.size() ? ", ..." : "") + ")";
        return header.replaceAll("[^\\x20-\\x7e]", "?");
    }

    private static MediaType mediaType(Format format) {
        return switch (format) {
            case GIFT, AIKEN, ANKI_TEXT -> new MediaType("text", "plain", StandardCharsets.UTF_8);
            case CSV -> new MediaType("text", "csv", StandardCharsets.UTF_8);
            case MOODLE_XML -> new MediaType("application", "xml", StandardCharsets.UTF_8);
            case EXAM_SIMULATOR -> MediaType.APPLICATION_JSON;
            case QTI -> new MediaType("application", "zip");
            case APKG -> MediaType.APPLICATION_OCTET_STREAM;
        };
    }
}
