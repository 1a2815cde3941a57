package org.lectern.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/** Peak memory as the JVM and the kernel see it. */
final class Memory {
    private Memory() {
    }

    /** The sum of the heap pools' peaks since the last {@link #resetHeapPeak()}. */
    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }

    static void resetHeapPeak() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
    }

    /** VmHWM of this process: its peak resident set, in bytes (0 where /proc is missing). */
    static long peakRss() {
        return status(Path.of("/proc/self/status"), "VmHWM:");
    }

    /** VmHWM of another process, in bytes (0 when it is gone or /proc is missing). */
    static long peakRss(long pid) {
        return status(Path.of("/proc", Long.toString(pid), "status"), "VmHWM:");
    }

    private static long status(Path file, String field) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(field)) {
                    String[] parts = line.substring(field.length()).trim().split("\\s+");
                    return Long.parseLong(parts[0]) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
