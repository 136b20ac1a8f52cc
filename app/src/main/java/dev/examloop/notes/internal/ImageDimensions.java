package dev.examloop.notes.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The width and height an image claims in its header, read without decoding a pixel: a small file can claim
 * a picture that takes gigabytes to decode (a "PNG bomb"), so its size in pixels is checked as well as its size
 * in bytes. PNG, JPEG and GIF are read by the JDK's ImageIO readers (header only); WebP, which the JDK cannot
 * read, from its RIFF chunk header.
 */
public record ImageDimensions(long width, long height) {

    public long pixels() {
        return width * height;
    }

    /** The dimensions the image's header declares, or empty when the header cannot be read. */
    public static Optional<ImageDimensions> of(ImageType type, byte[] bytes) {
        return type == ImageType.WEBP ? webp(bytes) : imageIo(bytes);
    }

    private static Optional<ImageDimensions> imageIo(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            if (in == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new ImageDimensions(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** VP8X (extended), VP8L (lossless) and VP8 (lossy) headers; see the WebP container specification. */
    private static Optional<ImageDimensions> webp(byte[] b) {
        if (b.length < 30) {
            return Optional.empty();
        }
        String chunk = new String(b, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
        switch (chunk) {
            case "VP8X" -> {
                long width = 1L + (u(b, 24) | u(b, 25) << 8 | u(b, 26) << 16);
                long height = 1L + (u(b, 27) | u(b, 28) << 8 | u(b, 29) << 16);
                return Optional.of(new ImageDimensions(width, height));
            }
            case "VP8L" -> {
                long bits = u(b, 21) | u(b, 22) << 8 | u(b, 23) << 16 | (long) u(b, 24) << 24;
                return Optional.of(new ImageDimensions(1 + (bits & 0x3FFF), 1 + ((bits >> 14) & 0x3FFF)));
            }
            case "VP8 " -> {
                return Optional.of(
                        new ImageDimensions(u(b, 26) | (u(b, 27) & 0x3F) << 8, u(b, 28) | (u(b, 29) & 0x3F) << 8));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private static int u(byte[] b, int i) {
        return b[i] & 0xFF;
    }
}
