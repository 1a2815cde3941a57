package org.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train-splitter --first-stage FILE} refuses a damaged or foreign FILE before it reads the corpus (the
 * corpus here does not exist, so a refusal that came after reading it would name the corpus), names the file
 * and the cause, and writes nothing.
 */
class DamagedFirstStageTest {
    @TempDir
    Path dir;

    private static byte[] shipped() throws IOException {
        try (InputStream in = DamagedFirstStageTest.class.getResourceAsStream("/org/lectern/listing/split/splitter-model.bin.gz")) {
            return in.readAllBytes();
        }
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        }
        return bytes.toByteArray();
    }

    /** Runs the command over a first stage of these bytes and checks it is refused for {@code cause} (a pattern). */
    private void refused(byte[] model, String cause) throws IOException {
        Path first = Files.write(dir.resolve("first.bin.gz"), model);
        Path out = dir.resolve("out").resolve("model.bin.gz");
        Cli.Result r = Cli.raw("train-splitter", "--corpus", dir.resolve("no-corpus.tsv.gz").toString(), "--out", out.toString(),
                "--first-stage", first.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(first.toString()), r.err());
        assertTrue(Pattern.compile(cause).matcher(r.err()).find(), r.err());
        assertFalse(r.err().contains("no-corpus"), r.err());
        assertFalse(Files.exists(out.getParent()), "nothing written");
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        refused(new byte[0], "empty");
    }

    @Test
    void aTruncatedFileIsRefused() throws IOException {
        byte[] whole = shipped();
        refused(Arrays.copyOf(whole, whole.length / 2), "ends early");
        refused(Arrays.copyOf(whole, whole.length - 4), "ends early");
    }

    @Test
    void aFileThatIsNotGzipIsRefused() throws IOException {
        refused("arxiv_id\tcategories\ttitle\tabstract\n".getBytes(StandardCharsets.UTF_8), "not a gzip file");
    }

    @Test
    void aDamagedGzipIsRefused() throws IOException {
        byte[] model = shipped();
        model[model.length / 2] ^= 0x5A;
        // Where the damage shows depends on the byte: in the inflated content read or in the gzip trailer's check.
        refused(model, "damaged|splitter model");
    }

    @Test
    void aForeignGzipIsRefused() throws IOException {
        refused(gzip("not a model at all".getBytes(StandardCharsets.UTF_8)), "wrong magic number");
    }

    @Test
    void aModelOfAnotherFormatVersionIsRefused() throws IOException {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(header);
        data.writeInt(0x4C53504C);
        data.writeInt(99);
        data.writeFloat(1);
        data.writeFloat(0.5f);
        data.flush();
        refused(gzip(header.toByteArray()), "version 99");
    }

    @Test
    void aWholeModelPassesTheCheckAndTheMissingCorpusIsWhatFails() throws IOException {
        Path first = Files.write(dir.resolve("first.bin.gz"), shipped());
        Cli.Result r = Cli.raw("train-splitter", "--corpus", dir.resolve("no-corpus.tsv.gz").toString(), "--out",
                dir.resolve("model.bin.gz").toString(), "--first-stage", first.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("no-corpus"), r.err());
    }
}
