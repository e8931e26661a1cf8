package dev.nirjas.time;

import dev.nirjas.MentionType;
import dev.nirjas.NumberMention;
import dev.nirjas.Token;
import dev.nirjas.time.TimeLexicon.Role;
import dev.nirjas.time.TimexValue.Granularity;
import java.util.List;

/**
 * The Bengali time grammar: the lists of rules, and the one longest-match arbitration that walks
 * them over a sentence's tokens and number mentions.
 *
 * <p>The rules live in one class per family ({@link CalendarDateRules}, {@link NumericDateRules},
 * {@link YearRules}, {@link RangeRules}, {@link DurationSetRules}, {@link ClockRules},
 * {@link RelativeRules}, {@link NamedDayRules}) and share one reading API ({@link TimeSentence}) and one set of helpers
 * ({@link CalendarParts}). At each token every rule is tried and the longest reading wins (ties:
 * the rule listed first). Rules look ahead a bounded number of tokens, so a sentence is read in
 * linear time. Immutable and thread-safe.
 */
final class TimeGrammar {
  /**
   * The rules that read an absolute date at a token. A weekday before the date (সোমবার, ২৫ মার্চ)
   * is read around them, in {@link #readDate}.
   */
  static final List<TimeRule> DATE_RULES = List.of(
      new TimeRule("date.day-month-year", CalendarDateRules::dayMonthYear),
      new TimeRule("date.year-first", CalendarDateRules::yearFirst),
      new TimeRule("date.month-first", CalendarDateRules::monthFirst),
      new TimeRule("date.numeric", NumericDateRules::numeric),
      new TimeRule("date.numeric-compact", NumericDateRules::compact),
      new TimeRule("date.numeric-month-name", NumericDateRules::dayNameYear),
      new TimeRule("date.year", YearRules::yearOnly),
      new TimeRule("date.year-bare", YearRules::bareYear),
      new TimeRule("date.decade", YearRules::decade),
      new TimeRule("date.century", YearRules::century),
      new TimeRule("date.bangla", CalendarDateRules::bangla),
      new TimeRule("date.hijri", CalendarDateRules::hijri),
      new TimeRule("date.named", NamedDayRules::named));

  /** Every rule tried at a token, in the order that settles ties. */
  static final List<TimeRule> RULES = List.of(
      new TimeRule("range", RangeRules::range),
      new TimeRule("time.date-clock", ClockRules::dateTime),
      new TimeRule("date", TimeSentence::date),
      new TimeRule("duration", DurationSetRules::duration),
      new TimeRule("set", DurationSetRules::set),
      new TimeRule("set.rate", DurationSetRules::rate),
      new TimeRule("time.clock", ClockRules::clock),
      new TimeRule("relative", RelativeRules::relative));

  /** The lists as arrays, for {@link TimeRule#longest}. */
  private static final TimeRule[] DATE_RULE_ORDER = DATE_RULES.toArray(new TimeRule[0]);
  private static final TimeRule[] RULE_ORDER = RULES.toArray(new TimeRule[0]);

  private final TimeLexicon lexicon = new TimeLexicon();

  TimeSentence sentence(List<Token> tokens, List<NumberMention> numbers) {
    return sentence().reset(tokens, numbers);
  }

  /** A reader to {@link TimeSentence#reset reset} to each sentence in turn, on one thread. */
  TimeSentence sentence() {
    return new TimeSentence(this, lexicon);
  }

  /**
   * Reads every time expression of a sentence, left to right, longest first, into the reader's
   * own list: valid until its next read.
   */
  List<TimeReading> read(TimeSentence s) {
    List<TimeReading> out = s.readings();
    out.clear();
    int i = 0;
    while (i < s.size()) {
      // an ordinary word: no rule starts here (most tokens of most sentences)
      TimeReading best = s.mayStart(i) ? TimeRule.longest(RULE_ORDER, s, i) : null;
      if (best != null) {
        out.add(best);
        i = best.end();
      } else {
        i++;
      }
    }
    return out;
  }

  /** The longest absolute date at token i, with a leading or trailing weekday. */
  TimeReading readDate(TimeSentence s, int i) {
    int start = i;
    if (s.is(i, Role.WEEKDAY)) {
      i = s.punct(i + 1, ",") ? i + 2 : i + 1;
    } else if (s.is(i, Role.WEEKDAY_ABBR)) {
      if (!s.punct(i + 1, ",")) {
        return null;
      }
      TimeReading d = TimeRule.longest(DATE_RULE_ORDER, s, i + 2);
      // a short weekday only before a comma and a full date: alone রবি is a name, মঙ্গল welfare
      return d != null && d.timex() != null && d.timex().granularity() == Granularity.DAY ? d.withFirst(start) : null;
    }
    TimeReading best = TimeRule.longest(DATE_RULE_ORDER, s, i);
    if (start < i && (best == null || best.timex() == null || best.timex().granularity() != Granularity.DAY)) {
      // a weekday goes with a day only; alone (শনিবার, রবিবারে) it is a day of some week, but not
      // in the genitive, which names a thing (শনিবারের চিঠি, a magazine)
      if (CalendarParts.genitive(s.form(start))) {
        return null;
      }
      String part = i == start + 1 ? ClockRules.partOfDay(s, i) : null;
      return part == null
          ? TimeReading.of(MentionType.DATE, start, start + 1, "XXXX-WXX-" + s.entry(start).value(), "date.weekday")
          : TimeReading.of(MentionType.DATE, start, start + 2, "XXXX-WXX-" + s.entry(start).value() + "T" + part,
              "date.weekday-part"); // রবিবার রাতে
    }
    if (best == null) {
      return null;
    }
    if (start < i) {
      best = best.withFirst(start);
    } else if (best.timex() != null && best.timex().granularity() == Granularity.DAY
        && s.punct(best.end(), ",") && s.is(best.end() + 1, Role.WEEKDAY)) {
      best = best.withEnd(best.end() + 2);
    }
    return best;
  }
}
