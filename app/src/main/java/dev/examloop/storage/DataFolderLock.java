package dev.examloop.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;

/**
 * The lock a server holds on its SQLite data folder while it runs: an operating-system lock on the file
 * {@value #FILE_NAME} in the folder, which holds the server's process id. The operating system lets the lock go
 * when the process ends, however it ends (kill -9 included), so a stale file never keeps a folder locked.
 * See docs/decisions/0062-database-faults.md.
 */
public final class DataFolderLock implements AutoCloseable {
    public static final String FILE_NAME = "examloop.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The folder is held by another process: its id, when it could be read. */
    public static final class Held extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient OptionalLong pid;

        Held(OptionalLong pid) {
            super("the data folder is in use by another Examloop"
                    + (pid.isPresent() ? " (pid " + pid.getAsLong() + ")" : ""));
            this.pid = pid;
        }

        public OptionalLong pid() {
            return pid;
        }
    }

    /** Takes the folder's lock for this process and writes its id in the lock file; throws when another has it. */
    public static DataFolderLock acquire(Path folder) throws IOException, Held {
        Files.createDirectories(folder);
        Path file = folder.resolve(FILE_NAME);
        FileChannel channel =
                FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException thisProcessHasIt) {
            lock = null;
        }
        if (lock == null) {
            OptionalLong pid = readPid(channel);
            channel.close();
            throw new Held(pid);
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        channel.force(false);
        return new DataFolderLock(channel, lock);
    }

    /** The id of the process that holds the folder, or empty when no process holds it. */
    public static OptionalLong holder(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return OptionalLong.empty();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock probe;
            try {
                probe = channel.tryLock();
            } catch (OverlappingFileLockException thisProcessHasIt) {
                return OptionalLong.of(ProcessHandle.current().pid());
            }
            if (probe != null) {
                probe.release();
                return OptionalLong.empty();
            }
            OptionalLong pid = readPid(channel);
            return pid.isPresent() ? pid : OptionalLong.of(-1);
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    private static OptionalLong readPid(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(32);
            channel.read(buffer, 0);
            String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip();
            return text.matches("[0-9]{1,19}") ? OptionalLong.of(Long.parseLong(text)) : OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
