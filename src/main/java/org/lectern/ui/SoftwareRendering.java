package org.lectern.ui;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Has JavaFX draw in software from the start where its GPU pipeline can only be refused. On Linux,
 * JavaFX loads OpenGL, makes a context and checks the renderer before it draws with the GPU, and it
 * refuses a software renderer such as Mesa's llvmpipe, which is all OpenGL can be without a GPU device
 * (a virtual machine, a remote desktop, Xvfb). There that check cost every window about 200 ms and
 * 60 MB of resident memory (OpenGL's driver and compiler, loaded for nothing) before JavaFX fell back
 * to the same software pipeline this chooses. With a GPU device, off Linux, or when the reader chose
 * a pipeline ({@code -Dprism.order}, {@code -Dprism.forceGPU}), nothing changes.
 *
 * <p>Uses nothing but java.base: the benchmark's minimal JavaFX window is built with this file too, so
 * that both windows pick their pipeline the same way.
 */
public final class SoftwareRendering {
    /** The device files through which a GPU draws for OpenGL: Mesa's, NVIDIA's, WSL's, some boards'. */
    private static final List<String> GPU_DEVICES = List.of("dri", "nvidia", "nvhost", "nvmap", "dxg", "mali", "galcore",
            "kgsl", "pvr");

    private SoftwareRendering() {
    }

    /** Chooses JavaFX's software pipeline when it would be the outcome anyway; call before the toolkit starts. */
    public static boolean chooseBeforeToolkit() {
        boolean software = wanted(System.getProperty("os.name", ""), System::getProperty, Path.of("/dev"));
        if (software) System.setProperty("prism.order", "sw");
        return software;
    }

    /** Whether to choose it on {@code os}, with these system properties and this device folder. */
    static boolean wanted(String os, UnaryOperator<String> property, Path devices) {
        if (!os.toLowerCase(Locale.ROOT).contains("linux")) return false;
        if (property.apply("prism.order") != null || property.apply("prism.forceGPU") != null) return false;
        return Files.isDirectory(devices) && !hasGpuDevice(devices);
    }

    private static boolean hasGpuDevice(Path devices) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(devices)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                for (String gpu : GPU_DEVICES) {
                    if (name.startsWith(gpu)) return true;
                }
            }
            return false;
        } catch (IOException | SecurityException e) {
            return true; // cannot tell: leave the choice to JavaFX
        }
    }
}
