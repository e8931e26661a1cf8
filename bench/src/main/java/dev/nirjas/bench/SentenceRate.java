package dev.nirjas.bench;

import dev.nirjas.Document;
import dev.nirjas.Mention;
import dev.nirjas.MentionType;
import dev.nirjas.Pipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Sentences a second, each sentence annotated as a document of its own, warm, on one thread: the
 * Java side of {@code bench/dateparser} (issue 11 sets Nirjas against dateparser's
 * {@code search_dates} on the same sentences). Two pipelines: the standard one, and its prefix up
 * to the times stage (the mention pipeline without entities and events, which a date search needs
 * no more of). Each runs {@code warmup} passes over the sentences, then {@code passes} timed ones;
 * the best pass is reported, as {@code timeit} reports the Python side.
 */
public final class SentenceRate {
  private SentenceRate() {}

  /** {@code SentenceRate FILE [WARMUP [PASSES]]}: one line per pipeline. */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: SentenceRate SENTENCES.txt [WARMUP [PASSES]]");
      System.exit(2);
    }
    List<String> sentences = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8).stream()
        .filter(s -> !s.isBlank()).toList();
    // A pass over 3,000 sentences is 10-20 ms once compiled, but each sentence is a document of its
    // own, and the per-document code compiles late: the pipeline up to the times stage took 17-22
    // ms a pass after 100 to 200 passes, 9-10 from the 400th (2026-12-05); after the 40 warm-up
    // passes of before, it measured the JIT at work. Twenty timed passes, so that one burst of the
    // machine's other load does not decide.
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    int passes = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    Pipeline full = Pipeline.standard();
    for (Pipeline p : List.of(StagePrefixes.upTo(full, "times"), full)) {
      for (int k = 0; k < warmup; k++) {
        pass(p, sentences);
      }
      long best = Long.MAX_VALUE;
      long dates = 0;
      for (int k = 0; k < passes; k++) {
        System.gc(); // as the corpus runner: a pass pays for no garbage of the one before
        long t0 = System.nanoTime();
        dates = pass(p, sentences);
        best = Math.min(best, System.nanoTime() - t0);
      }
      System.out.printf("%s sentences %d seconds %.3f sentences/s %.0f dates %d%n",
          p == full ? "full" : "up-to-times", sentences.size(), best / 1e9, sentences.size() / (best / 1e9), dates);
    }
  }

  /** Annotates every sentence; returns the DATE mentions found. */
  private static long pass(Pipeline p, List<String> sentences) {
    long dates = 0;
    for (int i = 0; i < sentences.size(); i++) {
      for (Mention m : p.annotate(Document.of("s" + i, sentences.get(i))).mentions()) {
        dates += m.type() == MentionType.DATE ? 1 : 0;
      }
    }
    return dates;
  }
}
