package dev.nirjas.entity;

import dev.nirjas.MentionType;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Entity-level exact-match precision, recall and F1, per type and overall, as conlleval counts them:
 * a found name is right only when its first token, last token and type are all the gold name's.
 * Overall figures are micro-averaged (summed counts). Not thread-safe: one per evaluation.
 */
final class NameScores {
  /** The types scored, in report order. */
  static final List<MentionType> TYPES = List.of(MentionType.PERSON, MentionType.LOCATION, MentionType.ORGANIZATION);

  private final Map<MentionType, int[]> counts = new EnumMap<>(MentionType.class); // gold, found, correct

  NameScores() {
    for (MentionType t : TYPES) {
      counts.put(t, new int[3]);
    }
  }

  /** Counts one sentence's gold and found names (their probabilities are ignored). */
  void add(List<NameSpan> gold, List<NameSpan> found) {
    Set<List<Object>> goldKeys = new HashSet<>();
    for (NameSpan g : gold) {
      counts.get(g.type())[0]++;
      goldKeys.add(key(g));
    }
    for (NameSpan f : found) {
      int[] c = counts.get(f.type());
      c[1]++;
      if (goldKeys.contains(key(f))) {
        c[2]++;
      }
    }
  }

  private static List<Object> key(NameSpan s) {
    return List.of(s.first(), s.end(), s.type());
  }

  /** Scores of one type. */
  Score of(MentionType type) {
    int[] c = counts.get(type);
    return new Score(c[0], c[1], c[2]);
  }

  /** Scores over all types. */
  Score overall() {
    int gold = 0;
    int found = 0;
    int correct = 0;
    for (int[] c : counts.values()) {
      gold += c[0];
      found += c[1];
      correct += c[2];
    }
    return new Score(gold, found, correct);
  }

  /** A Markdown table: one row per type and the overall row, figures in percent. */
  String table() {
    StringBuilder b = new StringBuilder("| type | gold | found | correct | precision | recall | F1 |\n");
    b.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (MentionType t : TYPES) {
      b.append(of(t).row(t.name())).append('\n');
    }
    b.append(overall().row("overall")).append('\n');
    return b.toString();
  }

  /**
   * Counts and figures of one type or of all.
   *
   * @param gold names in the gold standard
   * @param found names the finder reported
   * @param correct found names that match a gold name exactly
   */
  record Score(int gold, int found, int correct) {
    /** Correct / found, in percent (0 when nothing was found). */
    double precision() {
      return found == 0 ? 0 : 100.0 * correct / found;
    }

    /** Correct / gold, in percent (0 when there is no gold name). */
    double recall() {
      return gold == 0 ? 0 : 100.0 * correct / gold;
    }

    /** The harmonic mean of precision and recall, in percent. */
    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    String row(String name) {
      return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.2f | %.2f | %.2f |",
          name, gold, found, correct, precision(), recall(), f1());
    }
  }
}
