package org.lectern.lookup;

import java.time.LocalDate;
import java.util.List;

/** The papers the lookup tests find on their local arXiv-like server, the same for the command and the window. */
public final class LookupPapers {
    public static final String TIDAL = "Tidal Attention for Ocean Forecasting";
    public static final String TIDAL_ABSTRACT = "Ocean models are slow. We forecast sea levels with an attention layer that follows the tides, "
            + "matching a physical model at a hundredth of its cost.";
    public static final String BEES = "Counting Bees with Event Cameras";
    public static final String BEES_ABSTRACT = "Event cameras see fast wings. We count bees at a hive entrance from events alone and release "
            + "a dataset of ten hours.";

    private LookupPapers() {
    }

    /**
     * Puts the tidal paper, a looser match for it that arXiv lists first (the similarity, not the order,
     * must choose), and the bees paper on {@code server}.
     */
    public static void addTidalAndBees(ArxivServer server) {
        server.add(new ArxivServer.Paper("2405.01010", 2, TIDAL, TIDAL_ABSTRACT, List.of("Ama Mensah", "Lars Berg"),
                LocalDate.of(2024, 5, 2)));
        server.add(new ArxivServer.Paper("2405.02020", 1, TIDAL + " of Storm Surges in Estuaries",
                "Storm surges in estuaries need fine grids; we study graph networks for them.", List.of("Noor Haddad"),
                LocalDate.of(2024, 5, 3)));
        server.add(new ArxivServer.Paper("2405.03030", 1, BEES, BEES_ABSTRACT, List.of("Ines Duarte", "Kofi Boateng", "Mei Tanaka"),
                LocalDate.of(2024, 5, 4)));
    }
}
