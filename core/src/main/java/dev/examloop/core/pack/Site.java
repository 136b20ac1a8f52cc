package dev.examloop.core.pack;

/** Where something was read: the file, the 1-based line (0 for the whole file) and the field's path. */
record Site(String file, int line, String field) {

    Problem problem(String message, Severity severity) {
        return new Problem(file, line, field, message, severity);
    }

    /** The same place with {@code suffix} appended to the field path, such as {@code .options}. */
    Site child(String suffix) {
        return new Site(file, line, field + suffix);
    }

    /** {@code file:line}, for messages that point at another place. */
    String at() {
        return line > 0 ? file + ":" + line : file;
    }
}
