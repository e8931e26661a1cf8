package dev.nirjas.time;

import static dev.nirjas.time.CalendarParts.amountOfUnit;
import static dev.nirjas.time.CalendarParts.unit;
import static dev.nirjas.time.CalendarParts.whole;

import dev.nirjas.time.TimeLexicon.Entry;
import dev.nirjas.time.TimeLexicon.Role;
import dev.nirjas.time.TimeReading.Anchor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Relative expressions: against the reference date or the previous date in the document. */
final class RelativeRules {
  /** The largest shift a relative expression is resolved with (units); beyond it, a duration. */
  static final int MAX_SHIFT = 100_000;

  private RelativeRules() {}

  /**
   * আজ, গতকাল, আগামীকাল, গত/আগামী পরশু, গত বছর, আগামী মাসে, এ বছর, ৩ দিন আগে (the reference
   * date); এর ২০ বছর আগে, তার দুই বছর পর, এর পরের বছর, পরের দিন, পরদিন (the previous date).
   */
  static TimeReading relative(TimeSentence s, int i) {
    Entry e = s.entry(i);
    if (e == null && s.number(i) == null) {
      return null;
    }
    Role r = e == null ? null : e.role();
    if (r == Role.TODAY) {
      return TimeReading.relative(i, i + 1, Anchor.REFERENCE, Integer.parseInt(e.value()), 'D', false, "relative.day-word");
    }
    if ((r == Role.LAST || r == Role.NEXT) && s.is(i + 1, Role.TWO_DAYS)) {
      return TimeReading.relative(i, i + 2, Anchor.REFERENCE, r == Role.LAST ? -2 : 2, 'D', false, "relative.two-days");
    }
    if ((r == Role.LAST || r == Role.NEXT) && s.is(i + 1, Role.MONTH) && !s.lexicon.isAmbiguousMonth(s.form(i + 1))) {
      // গত জুনে, আগামী ডিসেম্বরে: the named month before or after the reference date's month
      int end = s.is(i + 2, Role.MONTH_NOUN) ? i + 3 : i + 2;
      return TimeReading.namedMonth(i, end, s.entry(i + 1).number(), r == Role.LAST ? -1 : 1);
    }
    if ((r == Role.LAST || r == Role.NEXT || r == Role.THIS) && CalendarParts.fiscalYearNoun(s, i + 1)) {
      // চলতি অর্থবছরে, গত অর্থবছরের, আগামী অর্থবছরে: the fiscal year of the reference date, or one
      // before or after it
      return TimeReading.fiscalYear(i, i + 2, r == Role.LAST ? -1 : r == Role.NEXT ? 1 : 0);
    }
    if (r == Role.LAST || r == Role.NEXT || r == Role.THIS) {
      char u = unit(s, i + 1);
      if (u == 'Y' || u == 'M' || u == 'W' || u == 'D' && r != Role.THIS) {
        int n = r == Role.LAST ? -1 : r == Role.NEXT ? 1 : 0;
        return TimeReading.relative(i, i + 2, Anchor.REFERENCE, n, u, false, "relative.last-next");
      }
      return null;
    }
    if (r == Role.NEXT_DAY) {
      return TimeReading.relative(i, i + 1, Anchor.PREVIOUS, 1, 'D', false, "relative.next-day");
    }
    int k = i;
    boolean anaphor = false;
    if (r == Role.ANAPHOR) {
      anaphor = true;
      k++;
    }
    Entry f = s.entry(k);
    if (f != null && f.role() == Role.FOLLOWING) {
      char u = unit(s, k + 1);
      if (u == 'Y' || u == 'M' || u == 'W' || u == 'D') {
        return TimeReading.relative(i, k + 2, Anchor.PREVIOUS, Integer.parseInt(f.value()), u, false, "relative.following");
      }
      return null;
    }
    UnitCount a = amountOfUnit(s, k);
    if (a == null) {
      a = approxCount(s, k);
    }
    if (a == null) {
      return null;
    }
    List<UnitCount> finer = new ArrayList<>(0);
    int end = a.vague() ? a.end() : finerUnits(s, a.end(), a.unit(), finer); // ২ বছর ৩ মাস আগে
    if (s.is(end, Role.ANAPHOR) && s.form(end).equals("এর") && isWithin(s, end + 1)) {
      end++; // ৭ দিন এর মধ্যে: the genitive written apart
    }
    Role dir = isWithin(s, end) ? Role.AFTER : s.role(end); // ১০ দিনের মধ্যে: within, so ahead
    if (dir != Role.BEFORE && dir != Role.AFTER) {
      return null;
    }
    char u = a.unit();
    boolean vague = a.vague();
    int count = vague ? 1 : whole(new BigDecimal(a.count()), 1, MAX_SHIFT);
    if (count < 0) {
      return null; // দেড় বছর আগে, ৪৫০ কোটি বছর আগে: no whole calendar shift (the duration is read)
    }
    int n = count * (dir == Role.BEFORE ? -1 : 1);
    if (!vague && !isWithin(s, end)) {
      // ৩ মিনিট আগে ২০ সেকেন্ড পূর্বে: a second expression the same way in finer units adds to the first
      char last = finer.isEmpty() ? u : finer.get(finer.size() - 1).unit();
      List<UnitCount> more = new ArrayList<>(0);
      int next = finerUnits(s, end + 1, last, more);
      if (!more.isEmpty() && s.role(next) == dir) {
        finer.addAll(more);
        end = next;
      }
    }
    // "তার দুই বছর পর" counts from the date before it; "তিন বছর পরে" from the last date of the
    // document if there is one (docs/LIMITS.md), else from the reference date
    TimeReading rel = TimeReading.relative(i, end + 1, anaphor ? Anchor.PREVIOUS : Anchor.PREVIOUS_OR_REFERENCE, n, u, vague,
        anaphor ? "relative.anaphor" : "relative.ago");
    return (finer.isEmpty() ? rel : rel.withFiner(finer, end + 1)).approximate(a.approx());
  }

  /**
   * After a count of units ending before token k, the counts of ever finer units (৩ মাস in "২ বছর ৩
   * মাস আগে"), each a whole number within {@value #MAX_SHIFT}, added to {@code into}; returns the
   * token after the last.
   */
  private static int finerUnits(TimeSentence s, int k, char unit, List<UnitCount> into) {
    char last = unit;
    UnitCount b;
    while ((b = amountOfUnit(s, k)) != null && !b.vague() && !b.approx() && DurationSetRules.finer(b.unit(), last)) {
      int n = whole(new BigDecimal(b.count()), 1, MAX_SHIFT);
      if (n < 0) {
        break;
      }
      into.add(new UnitCount(Integer.toString(n), b.unit(), b.end(), false));
      last = b.unit();
      k = b.end();
    }
    return k;
  }

  /** মধ্যে after a count of units: "within". */
  private static boolean isWithin(TimeSentence s, int k) {
    return s.is(k, Role.RANGE_CLOSE) && s.form(k).equals("মধ্যে");
  }

  /** বছর তিনেক, মাস দুয়েক: a unit, then a count with -এক, "about so many". */
  private static UnitCount approxCount(TimeSentence s, int k) {
    char u = unit(s, k);
    Entry c = s.entry(k + 1);
    if (u == 0 || c == null || c.role() != Role.APPROX_COUNT) {
      return null;
    }
    if (u == 'E' || u == 'C') {
      return null;
    }
    return new UnitCount(c.value(), u, k + 2, true);
  }
}
