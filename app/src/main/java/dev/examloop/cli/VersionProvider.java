package dev.examloop.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = ExamloopCommand.class.getPackage().getImplementationVersion();
        return new String[] {"examloop " + (version == null ? "development" : version)};
    }
}
