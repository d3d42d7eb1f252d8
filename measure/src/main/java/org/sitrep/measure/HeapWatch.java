package org.sitrep.measure;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * Peak heap while a benchmark runs: the used heap sampled every few milliseconds (MemoryMXBean),
 * and the largest heap left after a collection (GC pools' collection usage), which is the live set
 * the code really needs, whatever -Xmx lets the collector postpone.
 */
public final class HeapWatch implements AutoCloseable {
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Thread sampler;
  private volatile boolean running = true;
  private volatile long peakUsed;

  public HeapWatch() {
    System.gc();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
    sampler = new Thread(this::sample, "heap-watch");
    sampler.setDaemon(true);
    sampler.start();
  }

  private void sample() {
    while (running) {
      long used = memory.getHeapMemoryUsage().getUsed();
      if (used > peakUsed) {
        peakUsed = used;
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Highest sampled heap use (bytes). */
  public long peakUsed() {
    return Math.max(peakUsed, memory.getHeapMemoryUsage().getUsed());
  }

  /** Largest heap occupancy right after a collection, summed over the heap pools (bytes). */
  public long peakLiveAfterGc() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null) {
        MemoryUsage u = p.getCollectionUsage();
        sum += u.getUsed();
      }
    }
    return sum;
  }

  /** The heap limit (-Xmx), bytes. */
  public long max() {
    return memory.getHeapMemoryUsage().getMax();
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}
