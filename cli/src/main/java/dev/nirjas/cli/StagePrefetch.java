package dev.nirjas.cli;

import dev.nirjas.Stage;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Loads the stages' shared lexicons and models on a thread of its own, from the last stage listed
 * to the first, while the main thread parses the command line and then builds its pipeline from
 * the first: the two meet in the middle, and each resource is loaded once (the standard stages
 * keep theirs in holder classes, which a second thread waits for rather than loads again). A
 * pipeline is ready sooner on a machine with a second core; its stages are the main thread's own,
 * built as they would be. What this thread builds it closes; what fails here fails again, and is
 * reported, in the command's own build.
 */
final class StagePrefetch {
  private StagePrefetch() {}

  /**
   * Starts the prefetch on a daemon thread: the command never waits for it, only, where it asks for
   * a resource the thread is loading, for that resource.
   *
   * @return the thread, started
   */
  static Thread start(ClassLoader loader) {
    Thread t = new Thread(() -> run(loader), "nirjas-prefetch");
    t.setDaemon(true);
    t.start();
    return t;
  }

  /** Builds and closes each stage {@code loader} lists, the last first; what fails, it leaves. */
  static void run(ClassLoader loader) {
    try {
      List<ServiceLoader.Provider<Stage>> stages = ServiceLoader.load(Stage.class, loader).stream().toList();
      for (int i = stages.size() - 1; i >= 0; i--) {
        stages.get(i).get().close(); // built for what it loads; released on this thread
      }
    } catch (RuntimeException | ServiceConfigurationError | LinkageError e) {
      // the command's own build meets it again and says what is wrong
    }
  }
}
