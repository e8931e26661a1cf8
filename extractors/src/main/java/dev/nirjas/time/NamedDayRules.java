package dev.nirjas.time;

import dev.nirjas.MentionType;
import dev.nirjas.time.TimeLexicon.NamedPeriod;
import java.util.List;

/**
 * Named days and historical periods a reader dates (বিজয় দিবস, দ্বিতীয় বিশ্বযুদ্ধকালে,
 * মুক্তিযুদ্ধের সময়): the list is data, {@code named-periods.tsv}, that a user can extend.
 */
final class NamedDayRules {
  private NamedDayRules() {}

  /** The longest named day or period starting at token i, with a following সময় after a genitive. */
  static TimeReading named(TimeSentence s, int i) {
    List<NamedPeriod> candidates = i >= 0 && i < s.size() ? s.lexicon.namedPeriods(s.token(i)) : null;
    if (candidates == null) {
      return null;
    }
    for (NamedPeriod p : candidates) { // longest first
      int n = p.words().size();
      if (!matches(s, i, p)) {
        continue;
      }
      int end = i + n;
      if (CalendarParts.genitive(s.form(end - 1)) && s.lexicon.isTimeNoun(s.form(end))) {
        end++; // মুক্তিযুদ্ধের সময়: "during the war" is the war's time
      }
      return p.type() == MentionType.DATE
          ? TimeReading.of(MentionType.DATE, i, end, p.value(), "date.named")
          : TimeReading.of(MentionType.DATE_RANGE, i, end, p.value(), "range.named");
    }
    return null;
  }

  private static boolean matches(TimeSentence s, int i, NamedPeriod p) {
    int n = p.words().size();
    if (i + n > s.size()) {
      return false;
    }
    for (int w = 0; w < n - 1; w++) {
      if (!s.form(i + w).equals(p.words().get(w))) {
        return false;
      }
    }
    return s.lexicon.isWithEnding(s.form(i + n - 1), p.words().get(n - 1));
  }
}
