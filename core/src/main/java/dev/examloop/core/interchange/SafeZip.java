package dev.examloop.core.interchange;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a zip archive as untrusted input, streaming, within limits: at most {@link #MAX_ENTRIES} entries, {@link
 * #MAX_ENTRY_BYTES} inflated per entry kept, {@link #MAX_TOTAL_BYTES} inflated in all, and an inflated-to-compressed
 * ratio of at most {@link #MAX_RATIO} once past a megabyte (a zip bomb stops there, not when memory runs out).
 * Entry names with {@code ..} segments, absolute paths, drive letters or backslashes are refused: nothing is ever
 * written to disk under an entry's name, and a name like that is a sign of a hostile archive.
 */
public final class SafeZip {
    public static final int MAX_ENTRIES = 10_000;
    public static final long MAX_ENTRY_BYTES = 32L * 1024 * 1024;
    public static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;
    public static final int MAX_RATIO = 100;

    private SafeZip() {}

    /** The names of the archive's entries. */
    public static List<String> names(ImportSource source) {
        List<String> names = new ArrayList<>();
        read(source, name -> {
            names.add(name);
            return false;
        });
        return names;
    }

    /** The contents of the entries {@code wanted} accepts, by name, in archive order. */
    public static Map<String, byte[]> read(ImportSource source, Predicate<String> wanted) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        String file = source.name();
        try (Counting raw = new Counting(source.open());
                ZipInputStream zip = new ZipInputStream(raw)) {
            long total = 0;
            int count = 0;
            ZipEntry entry;
            byte[] buffer = new byte[1 << 16];
            while ((entry = zip.getNextEntry()) != null) {
                if (++count > MAX_ENTRIES) {
                    throw new ImportRefusal(file, 0, "has more than " + MAX_ENTRIES + " entries");
                }
                String name = entry.getName();
                checkName(file, name);
                boolean keep = !entry.isDirectory() && wanted.test(name);
                ByteArrayOutputStream kept = keep ? new ByteArrayOutputStream() : null;
                long size = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    size += n;
                    total += n;
                    if (keep && size > MAX_ENTRY_BYTES) {
                        throw new ImportRefusal(
                                file,
                                0,
                                "entry " + name + " inflates to more than " + MAX_ENTRY_BYTES / (1024 * 1024) + " MB");
                    }
                    if (total > MAX_TOTAL_BYTES) {
                        throw new ImportRefusal(
                                file,
                                0,
                                "inflates to more than " + MAX_TOTAL_BYTES / (1024 * 1024)
                                        + " MB; refused as a possible zip bomb");
                    }
                    if (total > 1024 * 1024 && total > (long) MAX_RATIO * Math.max(1, raw.count)) {
                        throw new ImportRefusal(
                                file,
                                0,
                                "inflates more than " + MAX_RATIO
                                        + " times its compressed size; refused as a possible zip bomb");
                    }
                    if (keep) {
                        kept.write(buffer, 0, n);
                    }
                }
                if (keep) {
                    entries.put(name, kept.toByteArray());
                }
            }
            if (count == 0) {
                throw new ImportRefusal(file, 0, "is not a zip archive, or an empty one");
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new ImportRefusal(file, 0, "is not a readable zip archive: " + e.getMessage());
        }
        return entries;
    }

    static void checkName(String file, String name) {
        boolean bad = name.isEmpty()
                || name.startsWith("/")
                || name.contains("\\")
                || name.contains("\0")
                || (name.length() > 1 && name.charAt(1) == ':');
        for (String segment : name.split("/", -1)) {
            bad |= segment.equals("..");
        }
        if (bad) {
            throw new ImportRefusal(
                    file, 0, "has an entry named '" + name + "', outside the archive's own folder; refused");
        }
    }

    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
