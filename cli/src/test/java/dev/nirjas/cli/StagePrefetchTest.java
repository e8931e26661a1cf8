package dev.nirjas.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nirjas.Analysis;
import dev.nirjas.Layer;
import dev.nirjas.Pipeline;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up thread that loads the stages' resources while the command line is parsed. */
class StagePrefetchTest {
  @TempDir Path dir;

  /** What the stages below saw, in order: "built X", "closed X". */
  static final List<String> SEEN = new ArrayList<>();

  @BeforeEach
  void forget() {
    synchronized (SEEN) {
      SEEN.clear();
    }
  }

  /** A stage that records being built and closed. */
  public static class First implements dev.nirjas.Stage {
    public First() {
      see("built " + name());
    }

    @Override
    public String name() {
      return getClass().getSimpleName();
    }

    @Override
    public Set<Layer> requires() {
      return Set.of();
    }

    @Override
    public Set<Layer> provides() {
      return Set.of();
    }

    @Override
    public void process(Analysis analysis) {}

    @Override
    public void close() {
      see("closed " + name());
    }
  }

  /** Another, listed after the first. */
  public static class Second extends First {}

  /** A stage that cannot be built. */
  public static class Unbuildable extends First {
    public Unbuildable() {
      throw new IllegalStateException("no model here");
    }
  }

  private static void see(String what) {
    synchronized (SEEN) {
      SEEN.add(what);
    }
  }

  /** A class loader that lists only {@code stages} (nothing of the parent's lists). */
  private ClassLoader listing(String... stages) throws Exception {
    Path services = Files.createDirectories(dir.resolve("META-INF/services"));
    Files.writeString(services.resolve(dev.nirjas.Stage.class.getName()), String.join("\n", stages) + "\n");
    ClassLoader parent = getClass().getClassLoader();
    return new URLClassLoader(new URL[] {dir.toUri().toURL()}, parent) {
      @Override
      public java.util.Enumeration<URL> getResources(String name) throws java.io.IOException {
        return findResources(name); // this directory's lists only
      }
    };
  }

  @Test
  void buildsAndClosesEachStageTheLastListedFirst() throws Exception {
    StagePrefetch.run(listing(First.class.getName(), Second.class.getName()));
    assertThat(SEEN).containsExactly("built Second", "closed Second", "built First", "closed First");
  }

  @Test
  void aStageThatCannotBeBuiltStopsThePrefetchQuietlyAndTheCommandsBuildStillSaysWhy() throws Exception {
    ClassLoader loader = listing(First.class.getName(), Unbuildable.class.getName());
    StagePrefetch.run(loader); // nothing thrown: the thread has no one to tell
    // the last listed came first and failed (in its constructor, after its base's); nothing after it
    // was built, and what failed was not closed
    assertThat(SEEN).containsExactly("built Unbuildable");
    assertThatThrownBy(() -> Pipeline.standard(loader))
        .isInstanceOf(ServiceConfigurationError.class)
        .hasRootCauseMessage("no model here");
  }

  @Test
  void runsOnADaemonThreadThatEnds() throws Exception {
    Thread t = StagePrefetch.start(listing(First.class.getName()));
    assertThat(t.isDaemon()).isTrue();
    assertThat(t.getName()).isEqualTo("nirjas-prefetch");
    t.join(TimeUnit.SECONDS.toMillis(30));
    assertThat(t.isAlive()).isFalse();
    assertThat(SEEN).containsExactly("built First", "closed First");
  }
}
