package dev.nirjas.bench;

import dev.nirjas.Pipeline;
import dev.nirjas.Stage;
import java.util.Iterator;
import java.util.ServiceLoader;

/**
 * Times the first {@link Pipeline#standard()} of a fresh JVM (what {@code bench/startup} launches
 * several times) and prints it in milliseconds, then the first annotation of one short sentence;
 * with the argument {@code stages}, instead each standard stage's construction in turn, in the
 * order the service loader finds them (what a first {@code standard()} spends stage by stage; a
 * stage's share includes what it is the first to load for the ones after it).
 */
public final class StartupTime {
  private StartupTime() {}

  /**
   * Prints {@code standard <ms>} and {@code annotate <ms>}, one a line; with {@code stages},
   * {@code stage <name> <ms>} a stage.
   */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("stages")) {
      stages();
      return;
    }
    long t0 = System.nanoTime();
    Pipeline p = Pipeline.standard();
    long t1 = System.nanoTime();
    p.annotate("চীন ১৯৭১ সালের ২৫ অক্টোবর জাতিসংঘে ৫০০ কোটি টাকা দিয়েছিল।");
    long t2 = System.nanoTime();
    System.out.printf("standard %.1f%nannotate %.1f%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6);
  }

  private static void stages() {
    Iterator<Stage> it = ServiceLoader.load(Stage.class).iterator();
    long t = System.nanoTime();
    while (it.hasNext()) {
      Stage s = it.next();
      long now = System.nanoTime();
      System.out.printf("stage %s %.1f%n", s.name(), (now - t) / 1e6);
      t = now;
    }
  }
}
