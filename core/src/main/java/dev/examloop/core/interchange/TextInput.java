package dev.examloop.core.interchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a text input: the encoding the user gave, else a byte-order mark (UTF-8, UTF-16LE/BE), else UTF-8 when
 * every byte of the file decodes as UTF-8 (checked in one streaming pass), else UTF-16 without a mark when the
 * first bytes look like it (ASCII with every other byte zero), else Latin-1. Decoding is strict: a byte that does
 * not decode in the chosen encoding refuses the import on its line.
 */
public final class TextInput {
    private TextInput() {}

    /** The encoding {@code source} is read in. */
    public static Charset encodingOf(ImportSource source) {
        if (source.encoding().isPresent()) {
            return source.encoding().get();
        }
        byte[] head = source.head(4096);
        Charset bom = byBom(head);
        if (bom != null) {
            return bom;
        }
        if (looksLikeUtf16(head, 0)) {
            return StandardCharsets.UTF_16BE;
        }
        if (looksLikeUtf16(head, 1)) {
            return StandardCharsets.UTF_16LE;
        }
        return isUtf8(source) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
    }

    /** A reader over the decoded text, without its byte-order mark, refusing bytes that do not decode. */
    public static Reader open(ImportSource source) throws IOException {
        Charset charset = encodingOf(source);
        InputStream in = source.open();
        byte[] head = source.head(4);
        int bomLength = bomLength(head, charset);
        in.skipNBytes(bomLength);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
    }

    /** The whole text, for inputs small enough to hold (callers check {@link ImportSource#size()} first). */
    public static String readAll(ImportSource source) {
        try (Reader reader = open(source)) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[1 << 14];
            int n;
            while ((n = reader.read(buffer)) > 0) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        } catch (CharacterCodingException e) {
            throw new ImportRefusal(
                    source.name(),
                    firstBadLine(source),
                    "is not " + encodingOf(source).displayName() + " text; give its encoding with --encoding");
        } catch (IOException e) {
            throw new ImportRefusal(source.name(), 0, "cannot be read: " + e.getMessage());
        }
    }

    /** The line of the first byte that does not decode in the input's encoding (1 when the input is short). */
    public static int firstBadLine(ImportSource source) {
        Charset charset = encodingOf(source);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        int line = 1;
        try (InputStream in = source.open()) {
            in.skipNBytes(bomLength(source.head(4), charset));
            while (true) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                boolean end = n < 0;
                if (!end) {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                var result = decoder.decode(bytes, chars, end);
                chars.flip();
                while (chars.hasRemaining()) {
                    if (chars.get() == '\n') {
                        line++;
                    }
                }
                chars.clear();
                if (result.isError() || end) {
                    return line;
                }
                bytes.compact();
            }
        } catch (IOException e) {
            return line;
        }
    }

    private static Charset byBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static int bomLength(byte[] b, Charset charset) {
        Charset bom = byBom(b);
        if (bom == null || !bom.equals(charset)) {
            return 0;
        }
        return bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
    }

    /** Zero at every {@code zeroAt + 2k} and non-zero between, over the first bytes: ASCII text in UTF-16. */
    private static boolean looksLikeUtf16(byte[] b, int zeroAt) {
        int pairs = Math.min(b.length / 2, 64);
        if (pairs < 2) {
            return false;
        }
        for (int i = 0; i < pairs; i++) {
            if (b[2 * i + zeroAt] != 0 || b[2 * i + 1 - zeroAt] == 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUtf8(ImportSource source) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        try (InputStream in = source.open()) {
            while (true) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                boolean end = n < 0;
                if (!end) {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                var result = decoder.decode(bytes, chars, end);
                if (result.isError()) {
                    return false;
                }
                chars.clear();
                bytes.compact();
                if (end) {
                    return !decoder.flush(chars).isError();
                }
            }
        } catch (IOException e) {
            throw new ImportRefusal(source.name(), 0, "cannot be read: " + e.getMessage());
        }
    }
}
