package org.signatorytracker.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Background work that must not keep the service from stopping: one named daemon thread. */
public final class DaemonThreads {

  private DaemonThreads() {}

  /** An executor of one daemon thread, named so that thread dumps and logs say what it does. */
  public static ExecutorService single(String name) {
    return Executors.newSingleThreadExecutor(
        task -> {
          Thread thread = new Thread(task, name);
          thread.setDaemon(true);
          return thread;
        });
  }
}
