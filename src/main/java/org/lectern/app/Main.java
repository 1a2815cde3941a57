package org.lectern.app;

/** Starts Lectern: the window without arguments, the command line with a subcommand. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("Lectern");
    }
}
