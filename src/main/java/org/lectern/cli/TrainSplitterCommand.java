package org.lectern.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.lectern.listing.split.TrainSplitter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code lectern train-splitter}: learns the title/abstract splitter from a corpus of papers and writes the
 * model resource. Hidden: it is for whoever rebuilds the model, not for readers.
 */
@Command(name = "train-splitter", hidden = true, mixinStandardHelpOptions = true,
        description = "Learn the title/abstract splitter from a corpus (TSV: arxiv_id, categories, title, abstract; "
                + "gzip or plain), write the model and print its figures on a held-out part of the corpus.")
final class TrainSplitterCommand implements Callable<Integer> {
    @Mixin
    LecternContext lectern;

    @Option(names = "--corpus", required = true, paramLabel = "FILE", description = "The corpus file.")
    Path corpus;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model.")
    Path out;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "13", description = "Seed of the sample and its order (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--papers", paramLabel = "N", defaultValue = "80000", description = "Papers to train on (default: ${DEFAULT-VALUE}).")
    int papers;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "12", description = "Passes over the training papers (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--bucket-bits", paramLabel = "BITS", defaultValue = "20",
            description = "log2 of each member's feature buckets (default: ${DEFAULT-VALUE}).")
    int bucketBits;

    @Option(names = "--members", paramLabel = "N", defaultValue = "2",
            description = "Models fitted alone and summed; their disagreement flags a split (default: ${DEFAULT-VALUE}).")
    int members;

    @Option(names = "--first-stage", paramLabel = "FILE",
            description = "Take the first stage (members, temperature) of this model file and train only the second stage.")
    Path firstStage;

    @Option(names = "--openings", paramLabel = "SHARE", defaultValue = "" + TrainSplitter.OPENINGS,
            description = "Share of the training papers opening with a capitalised run also learned from with a title word "
                    + "put before it (default: ${DEFAULT-VALUE}).")
    double openings;

    @Override
    public Integer call() throws IOException {
        if (papers < 1 || epochs < 1 || bucketBits < 8 || bucketBits > 22 || members < 1 || members > 4
                || !(openings >= 0 && openings <= 1)) {
            throw new IllegalArgumentException("--papers and --epochs must be positive, --bucket-bits within 8..22, --members within 1..4, "
                    + "--openings within 0..1");
        }
        PrintWriter out = lectern.out();
        TrainSplitter.run(new TrainSplitter.Options(corpus, this.out, seed, papers, epochs, bucketBits, members, firstStage, openings), out);
        return 0;
    }
}
