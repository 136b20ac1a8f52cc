package dev.examloop.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** What went wrong with a file, in words: "cannot read /proc/nope.csv: no such file" rather than the path alone. */
final class IoFailures {
    private IoFailures() {}

    static String describe(FileSystemException e) {
        return "cannot use " + e.getFile() + ": " + reason(e);
    }

    static String describe(String verb, String file, java.io.IOException e) {
        if (e instanceof FileSystemException fs) {
            return "cannot " + verb + " " + file + ": " + reason(fs);
        }
        return "cannot " + verb + " " + file + ": "
                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    static String reason(FileSystemException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "it exists already";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "the folder is not empty";
        }
        return e.getReason() == null ? e.getClass().getSimpleName() : e.getReason();
    }
}
