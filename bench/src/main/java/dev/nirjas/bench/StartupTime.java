package dev.nirjas.bench;

import dev.nirjas.Pipeline;

/**
 * Times the first {@link Pipeline#standard()} of a fresh JVM (what {@code bench/startup} launches
 * several times) and prints it in milliseconds, then the first annotation of one short sentence.
 */
public final class StartupTime {
  private StartupTime() {}

  /** Prints {@code standard <ms>} and {@code annotate <ms>}, one a line. */
  public static void main(String[] args) {
    long t0 = System.nanoTime();
    Pipeline p = Pipeline.standard();
    long t1 = System.nanoTime();
    p.annotate("চীন ১৯৭১ সালের ২৫ অক্টোবর জাতিসংঘে ৫০০ কোটি টাকা দিয়েছিল।");
    long t2 = System.nanoTime();
    System.out.printf("standard %.1f%nannotate %.1f%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6);
  }
}
