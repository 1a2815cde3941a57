package org.lectern.families;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterQualityTest {

    @Test
    void perfectAgreementIsOneWhateverTheNames() {
        List<String> labels = List.of("a", "a", "b", "b", "c");
        List<String> clusters = List.of("x", "x", "y", "y", "z");
        assertEquals(1.0, ClusterQuality.nmi(clusters, labels), 1e-12);
        assertEquals(1.0, ClusterQuality.purity(clusters, labels), 1e-12);
    }

    @Test
    void oneBigClusterHasNoInformation() {
        List<String> labels = List.of("a", "a", "b", "b");
        List<String> clusters = List.of("x", "x", "x", "x");
        assertEquals(0.0, ClusterQuality.nmi(clusters, labels), 1e-12);
        assertEquals(0.5, ClusterQuality.purity(clusters, labels), 1e-12);
    }

    @Test
    void matchesAHandComputedCase() {
        // labels a,a,b,b; clusters x,x,x,y: I = 0.2158, H(C) = 0.5623, H(L) = 0.6931 -> NMI 0.3437
        List<String> labels = List.of("a", "a", "b", "b");
        List<String> clusters = List.of("x", "x", "x", "y");
        assertEquals(0.3437, ClusterQuality.nmi(clusters, labels), 1e-3);
        assertEquals(0.75, ClusterQuality.purity(clusters, labels), 1e-12);
    }
}
