package dev.examloop.notes;

import dev.examloop.accounts.Accounts;
import dev.examloop.common.ClientProblem;
import dev.examloop.common.Ids;
import dev.examloop.notes.internal.ImageDimensions;
import dev.examloop.notes.internal.ImageStore;
import dev.examloop.notes.internal.ImageType;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screenshots and images for notes: PNG, JPEG, GIF or WebP as their first bytes show (whatever the name or
 * the claimed type say), at most {@code examloop.images.max-bytes} (5 MB by default), kept in the database
 * with the learner's other data and given back only to the account that uploaded them.
 */
@Service
public class Images {
    public static final int DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
    /** A 8K screen is 7,680 × 4,320 (33 million pixels); a screenshot of two of them side by side still fits. */
    static final long MAX_SIDE = 16_384;

    static final long MAX_PIXELS = 70_000_000;

    private final ImageStore store;
    private final Accounts accounts;
    private final Clock clock;
    private final int maxBytes;

    public Images(
            ImageStore store,
            Accounts accounts,
            Clock clock,
            @Value("${examloop.images.max-bytes:" + DEFAULT_MAX_BYTES + "}") int maxBytes) {
        this.store = store;
        this.accounts = accounts;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** An image's bytes and its checked content type. */
    // The bytes as read or stored; the record is a carrier, never compared or hashed as a value.
    @SuppressWarnings("ArrayRecordComponent")
    public record ImageData(String id, String contentType, byte[] bytes, String sha256) {}

    public int maxBytes() {
        return maxBytes;
    }

    @Transactional
    public ImageView upload(String fileName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw ClientProblem.badRequest("the image is empty: send the file's bytes", List.of("file"));
        }
        if (bytes.length > maxBytes) {
            throw new ClientProblem(
                    413,
                    "image-too-large",
                    "the image is " + bytes.length + " bytes, at most " + maxBytes + " (" + maxBytes / (1024 * 1024)
                            + " MB) are kept",
                    List.of("file"));
        }
        ImageType type = ImageType.of(bytes)
                .orElseThrow(() -> new ClientProblem(
                        415,
                        "unsupported-image",
                        "the file is not a PNG, JPEG, GIF or WebP image (judged by its content, not its name)",
                        List.of("file")));
        ImageDimensions size = ImageDimensions.of(type, bytes)
                .orElseThrow(() -> new ClientProblem(
                        415,
                        "unsupported-image",
                        "the image's header cannot be read: the file is damaged or not really a "
                                + type.extension().toUpperCase(java.util.Locale.ROOT),
                        List.of("file")));
        if (size.width() < 1
                || size.height() < 1
                || size.width() > MAX_SIDE
                || size.height() > MAX_SIDE
                || size.pixels() > MAX_PIXELS) {
            throw new ClientProblem(
                    413,
                    "image-too-large",
                    "the image is " + size.width() + " × " + size.height() + " pixels; at most " + MAX_SIDE
                            + " on a side and " + MAX_PIXELS / 1_000_000 + " million pixels are kept",
                    List.of("file"));
        }
        String account = accounts.currentAccountId();
        String sha = sha256(bytes);
        String id = store.findBySha(account, sha).orElse(null);
        if (id == null) {
            id = Ids.newId();
            store.insert(id, account, type.contentType(), bytes, sha, cleanName(fileName), clock.millis());
        }
        return view(id, type.contentType(), bytes.length, fileName);
    }

    /** The image if it belongs to the current account; a 404 otherwise, whether it exists or not. */
    public ImageData get(String id) {
        ImageStore.StoredImage image =
                store.find(accounts.currentAccountId(), id).orElseThrow(() -> ClientProblem.notFound("image " + id));
        return new ImageData(image.id(), image.contentType(), image.data(), image.sha256());
    }

    static ImageView view(String id, String contentType, int bytes, String fileName) {
        String alt = fileName == null || fileName.isBlank()
                ? "screenshot"
                : fileName.replaceAll("\\.[A-Za-z0-9]{1,5}$", "").replaceAll("[\\[\\]()]", "");
        return new ImageView(id, "/images/" + id, contentType, bytes, "![" + alt + "](/images/" + id + ")");
    }

    private static String cleanName(String fileName) {
        if (fileName == null) {
            return null;
        }
        String name = fileName.replaceAll("[\\p{Cntrl}/\\\\]", "");
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
