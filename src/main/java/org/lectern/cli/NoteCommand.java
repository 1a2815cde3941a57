package org.lectern.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.lectern.library.Paper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code lectern note PAPER}: replaces a paper's note with standard input, or, in a terminal, opens it
 * in $EDITOR. The text replaced is kept as an earlier version of the note.
 */
@Command(name = "note", mixinStandardHelpOptions = true,
        description = {"Write a paper's note (Markdown).",
            "It is read from standard input, or edited in $EDITOR when standard input is a terminal.",
            "The replaced text is kept among the note's earlier versions."})
final class NoteCommand implements Callable<Integer> {
    @Mixin
    OnePaper target;

    @Option(names = "--clear", description = "Empty the note (standard input is not read).")
    boolean clear;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Paper p = target.paper();
        String body;
        if (clear) body = "";
        else if (target.console()) body = edit(p.note());
        else body = new String(target.stdin().readAllBytes(), StandardCharsets.UTF_8);
        if (!clear && body.isBlank()) {
            // an empty pipe is far likelier a mistake than a wish to lose the note
            throw new IllegalArgumentException("no text was given; the note is unchanged (to empty it: lectern note PAPER --clear)");
        }
        String before = target.services().papers().replaceNote(p.id(), body);
        target.out().println(before.equals(body) ? p.title() + ": note unchanged" : p.title() + ": note saved");
        return 0;
    }

    /** Opens the note in the reader's editor on a file of its own, the path passed as one argument. */
    private static String edit(String note) throws IOException, InterruptedException {
        String editor = System.getenv("VISUAL") != null ? System.getenv("VISUAL") : System.getenv("EDITOR");
        if (editor == null || editor.isBlank()) {
            throw new IllegalArgumentException("set $EDITOR, or pipe the note in (lectern note PAPER < note.md)");
        }
        Path file = Files.createTempFile("lectern-note", ".md");
        try {
            Files.writeString(file, note, StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>(List.of(editor.strip().split("\\s+")));
            command.add(file.toString());
            int code = new ProcessBuilder(command).inheritIO().start().waitFor();
            if (code != 0) throw new IllegalArgumentException(editor + " exited with " + code + "; the note is unchanged");
            return Files.readString(file, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
