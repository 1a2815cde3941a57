package org.lectern.app.instance;

import java.nio.file.Path;

/** Test-only: another process holding a library's claim shared, as a command-line run does, until its input ends. */
public final class HoldClaim {
    private HoldClaim() {
    }

    public static void main(String[] args) throws Exception {
        try (LibraryClaim claim = LibraryClaim.open(Path.of(args[0]))) {
            claim.take(true, () -> { });
            System.out.println("held");
            System.out.flush();
            System.in.read();
        }
    }
}
