package dev.nirjas.time;

import static dev.nirjas.time.CalendarParts.amountOfUnit;
import static dev.nirjas.time.CalendarParts.timeUnit;
import static dev.nirjas.time.CalendarParts.unit;
import static dev.nirjas.time.CalendarParts.unitLetter;
import static dev.nirjas.time.CalendarParts.whole;

import dev.nirjas.MentionType;
import dev.nirjas.NumberMention;
import dev.nirjas.TokenKind;
import dev.nirjas.time.TimeLexicon.Entry;
import dev.nirjas.time.TimeLexicon.Role;
import dev.nirjas.time.TimexValue.Granularity;
import java.math.BigDecimal;

/** Lengths of time (DURATION) and recurrences (SET). */
final class DurationSetRules {
  /** The locative after a vowel (ঘণ্টায়): য় as token forms write it, composed. */
  private static final String LOCATIVE_YA = "\u09DF";
  /** বার, "times", after a count (দুবার, ৩ বার). */
  private static final String TIMES = "বার";

  private DurationSetRules() {}

  /** ২০ বছর, তিন মাসে, দেড় বছরের, কয়েক দিন, দুই ঘণ্টা ৩০ মিনিট, ৩ বছর ৬ মাস, ১ ঘণ্টা ২ মিনিট ৫ সেকেন্ড. */
  static TimeReading duration(TimeSentence s, int i) {
    UnitCount a = amountOfUnit(s, i);
    if (a == null) {
      return null;
    }
    String count = a.count();
    char u = a.unit();
    int end = a.end();
    StringBuilder date = new StringBuilder();
    StringBuilder time = new StringBuilder();
    (timeUnit(u) ? time : date).append(count).append(unitLetter(u));
    UnitCount b;
    while (!count.equals("X") && (b = amountOfUnit(s, end)) != null && !b.vague() && finer(b.unit(), u)) {
      u = b.unit(); // each unit finer than the one before: at most seven
      (timeUnit(u) ? time : date).append(b.count()).append(unitLetter(u));
      end = b.end();
    }
    String value = "P" + date + (time.length() > 0 ? "T" + time : "");
    TimeReading r = TimeReading.of(MentionType.DURATION, i, end, value, "duration");
    return r.approximate(a.approx());
  }

  static boolean finer(char second, char first) {
    String order = "YMWDHmS";
    return order.indexOf(second) > order.indexOf(first);
  }

  /** প্রতিবছর, প্রতি মাসে, প্রতিদিনই, প্রতি সোমবার, প্রতি দুই বছর পরপর, প্রতি তিন মাস অন্তর. */
  static TimeReading set(TimeSentence s, int i) {
    if (i >= s.size()) {
      return null;
    }
    String f = s.form(i);
    if (f.startsWith("প্রতি") && f.length() > "প্রতি".length()) {
      Entry e = s.lexicon.lookup(f.substring("প্রতি".length()));
      if (e != null && (e.role() == Role.UNIT || e.role() == Role.MONTH_NOUN)) {
        char u = e.role() == Role.MONTH_NOUN ? 'M' : e.value().equals("TM") ? 'm' : e.value().charAt(0);
        TimeReading day = u == 'Y' ? dayOfYear(s, i, i + 1) : null;
        if (day != null) {
          return day;
        }
        return frequency(s, TimeReading.of(MentionType.SET, i, i + 1, every(1, u), "set.fused"));
      }
      return null;
    }
    if (!s.is(i, Role.EACH)) {
      return null;
    }
    Entry e = s.entry(i + 1);
    if (e != null && e.role() == Role.WEEKDAY) {
      String part = ClockRules.partOfDay(s, i + 2); // প্রতি রবিবার রাতে
      return part == null ? TimeReading.of(MentionType.SET, i, i + 2, "XXXX-WXX-" + e.value(), "set.weekday")
          : TimeReading.of(MentionType.SET, i, i + 3, "XXXX-WXX-" + e.value() + "T" + part, "set.weekday-part");
    }
    char u = unit(s, i + 1);
    if (u == 'Y') {
      TimeReading day = dayOfYear(s, i, i + 2);
      if (day != null) {
        return day;
      }
    }
    if (u != 0) {
      return frequency(s, TimeReading.of(MentionType.SET, i, i + 2, every(1, u), "set.unit"));
    }
    UnitCount a = amountOfUnit(s, i + 1);
    if (a == null || a.vague()) {
      return null;
    }
    int end = a.end();
    if (s.is(end, Role.EACH_CLOSE)) {
      end++;
    } else if (s.is(end, Role.AFTER) && s.is(end + 1, Role.AFTER)) {
      end += 2; // পর পর
    }
    int n = whole(new BigDecimal(a.count()), 1, 1000);
    return n < 0 ? null : TimeReading.of(MentionType.SET, i, end, every(n, a.unit()), "set.every-n");
  }

  static String every(int n, char u) {
    if (u == 'E' || u == 'C') {
      return "P" + n * (u == 'E' ? 10 : 100) + "Y"; // প্রতি দশকে, প্রতি শতাব্দীতে
    }
    return (timeUnit(u) ? "PT" : "P") + n + unitLetter(u);
  }

  /** প্রতি বছর ১৬ ডিসেম্বর: every year on a day and month, one SET with that day's value. */
  private static TimeReading dayOfYear(TimeSentence s, int first, int k) {
    TimeReading d = s.date(k);
    if (d == null || d.timex() == null || d.calendar() != null || d.timex().yearKnown()
        || d.timex().granularity() != Granularity.DAY) {
      return null;
    }
    return TimeReading.of(MentionType.SET, first, d.end(), d.timex().value(), "set.day-of-year");
  }

  /**
   * বছরে ৫০০ কোটি টাকা, মাসে ২০ হাজার টাকা, সপ্তাহে দুবার, বছরে একবার, ঘণ্টায় ৮০ কিলোমিটার,
   * সেকেন্ডে ৩ লাখ কিলোমিটার: a unit in the locative before an amount or a count is a rate, a SET
   * of one unit. Not after a count (৩ বছরে, ৩ ঘণ্টায় are lengths of time).
   */
  static TimeReading rate(TimeSentence s, int i) {
    char u = unit(s, i);
    String f = s.form(i);
    if (u == 0 || u == 'E' || u == 'C' || !(f.endsWith("ে") || f.endsWith(LOCATIVE_YA))
        || !(countFollows(s, i + 1) || s.is(i + 1, Role.ONCE)) || s.role(i) == Role.MONTH_NOUN && u != 'M') {
      return null;
    }
    for (int j = Math.max(0, i - 4); j < i; j++) {
      if (s.number(j) != null && s.numberEnd(j) == i) {
        return null; // তিন বছরে: the unit of a count
      }
    }
    Role before = s.role(i - 1);
    if (before != null && before != Role.BEFORE_YEAR) {
      return null; // এ বছরে, গত মাসে, প্রতি মাসে: read by their own rules
    }
    return frequency(s, TimeReading.of(MentionType.SET, i, i + 1, every(1, u), "set.rate"));
  }

  /**
   * সপ্তাহে দুবার, দিনে তিনবার, মাসে একবার, প্রতিদিন দুই বার: a SET of one unit followed by a count
   * of times is one SET with TIMEX3's frequency ({@code 2X}) over both. The count is a whole number
   * with বার, glued or apart, or একবার (which the number stage leaves alone as the article's "once
   * upon a time"); a genitive (দুবারের) or a count that is not a whole number is no frequency.
   */
  private static TimeReading frequency(TimeSentence s, TimeReading set) {
    int k = set.end();
    if (s.is(k, Role.ONCE)) {
      return set.times(1, k + 1);
    }
    NumberMention n = s.number(k);
    if (n == null || n.type() != MentionType.NUMBER || n.approx()) {
      return set;
    }
    int end = s.numberEnd(k);
    if (!s.form(end - 1).endsWith(TIMES) && s.form(end).equals(TIMES)) {
      end++; // ২ বার, দুই বার: the count word apart
    }
    int times = whole(n.number(), 1, 1000);
    return times > 0 && s.form(end - 1).endsWith(TIMES) ? set.times(times, end) : set;
  }

  /** A number mention, or digits an amount of money has taken into itself, at token k. */
  private static boolean countFollows(TimeSentence s, int k) {
    return s.number(k) != null || k < s.size() && s.token(k).kind() == TokenKind.NUMBER;
  }
}
