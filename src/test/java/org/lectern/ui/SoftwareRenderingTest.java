package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The software pipeline is chosen only on Linux without a GPU device, and never over the reader's choice. */
class SoftwareRenderingTest {
    private static final UnaryOperator<String> NO_PROPERTIES = key -> null;

    @TempDir
    Path dev;

    private void devices(String... names) throws IOException {
        for (String name : names) Files.createFile(dev.resolve(name));
    }

    @Test
    void linuxWithoutAGpuDeviceDrawsInSoftware() throws IOException {
        devices("null", "zero", "tty0", "shm", "urandom");
        assertTrue(SoftwareRendering.wanted("Linux", NO_PROPERTIES, dev));
    }

    @Test
    void anyGpuDeviceLeavesTheChoiceToJavaFx() throws IOException {
        Files.createDirectory(dev.resolve("dri"));
        assertFalse(SoftwareRendering.wanted("Linux", NO_PROPERTIES, dev), "Mesa's /dev/dri");
        Files.delete(dev.resolve("dri"));
        for (String gpu : new String[] {"nvidia0", "nvidiactl", "nvhost-ctrl", "nvmap", "dxg", "mali0", "galcore", "kgsl-3d0", "pvrsrvkm"}) {
            devices(gpu);
            assertFalse(SoftwareRendering.wanted("Linux", NO_PROPERTIES, dev), gpu);
            Files.delete(dev.resolve(gpu));
        }
        assertTrue(SoftwareRendering.wanted("Linux", NO_PROPERTIES, dev), "none left");
    }

    @Test
    void otherSystemsAndTheReadersChoiceAreLeftAlone() {
        assertFalse(SoftwareRendering.wanted("Mac OS X", NO_PROPERTIES, dev));
        assertFalse(SoftwareRendering.wanted("Windows 11", NO_PROPERTIES, dev));
        assertFalse(SoftwareRendering.wanted("Linux", Map.of("prism.order", "es2,sw")::get, dev));
        assertFalse(SoftwareRendering.wanted("Linux", Map.of("prism.forceGPU", "true")::get, dev));
    }

    @Test
    void aMissingDeviceFolderProvesNothing() {
        assertFalse(SoftwareRendering.wanted("Linux", NO_PROPERTIES, dev.resolve("absent")));
    }
}
