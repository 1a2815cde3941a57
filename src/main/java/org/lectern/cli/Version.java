package org.lectern.cli;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code --version}: the module's own, set by the build. */
public final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"Lectern " + current()};
    }

    /** This build's version, or "dev" when run from classes without a module descriptor. */
    public static String current() {
        return Version.class.getModule().getDescriptor() != null
                ? Version.class.getModule().getDescriptor().rawVersion().orElse("dev")
                : "dev";
    }
}
