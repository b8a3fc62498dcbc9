package org.casebook.cli;

import picocli.CommandLine.IVersionProvider;

/** Prints {@code casebook <version>}. */
final class VersionProvider implements IVersionProvider {

    private final String version;

    VersionProvider(String version) {
        this.version = version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"casebook " + version};
    }
}
