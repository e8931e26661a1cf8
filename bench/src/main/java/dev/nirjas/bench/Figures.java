package dev.nirjas.bench;

import java.util.Locale;

/** How the reports write numbers: fixed locale, so tables diff cleanly between runs. */
final class Figures {
  private Figures() {}

  /** An integer with thousands separators: 1,234,567. */
  static String grouped(double v) {
    return String.format(Locale.ROOT, "%,.0f", v);
  }

  /** A number with {@code digits} decimals. */
  static String fixed(double v, int digits) {
    return String.format(Locale.ROOT, "%,." + digits + "f", v);
  }

  /** A fraction as a percentage with one decimal: 0.123 → 12.3 %. */
  static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.1f %%", fraction * 100);
  }

  /** A ratio: 0.4567 → ×0.46. */
  static String times(double ratio) {
    return String.format(Locale.ROOT, "×%.2f", ratio);
  }
}
