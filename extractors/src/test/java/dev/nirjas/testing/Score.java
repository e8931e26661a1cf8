package dev.nirjas.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Precision, recall and F1 over multisets of keys, item by item: a predicted key counts as right
 * when the gold of the same item holds it and it has not been matched already.
 */
public final class Score {
  private int right;
  private int predicted;
  private int gold;

  /** Adds one item's keys. */
  public void add(List<String> goldKeys, List<String> predictedKeys) {
    List<String> open = new ArrayList<>(goldKeys);
    for (String p : predictedKeys) {
      if (open.remove(p)) {
        right++;
      }
    }
    predicted += predictedKeys.size();
    gold += goldKeys.size();
  }

  public double precision() {
    return predicted == 0 ? 0 : (double) right / predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) right / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f (%d right, %d predicted, %d gold)",
        precision(), recall(), f1(), right, predicted, gold);
  }
}
