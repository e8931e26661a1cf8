package dev.nirjas.time;

import static dev.nirjas.time.CalendarParts.countedAfter;
import static dev.nirjas.time.CalendarParts.gluedYearNoun;
import static dev.nirjas.time.CalendarParts.trailing;
import static dev.nirjas.time.CalendarParts.whole;
import static dev.nirjas.time.CalendarParts.year;
import static dev.nirjas.time.CalendarParts.yearContext;
import static dev.nirjas.time.CalendarParts.yearWithGenitive;

import dev.nirjas.MentionType;
import dev.nirjas.NumberMention;
import dev.nirjas.Token;
import dev.nirjas.TokenKind;
import dev.nirjas.text.Digits;
import dev.nirjas.time.TimeLexicon.Role;
import dev.nirjas.time.TimexValue.Granularity;

/** Years with a cue, decades and centuries. */
final class YearRules {
  private YearRules() {}

  /** ২০১০ সালে, ১৯৭১ খ্রিস্টাব্দে, ১৮৫৭ খ্রিঃ, খ্রিস্টপূর্ব ৩২৬ অব্দে, ৩২৭ খ্রিস্টপূর্বাব্দে, ১৯৭১-এ. */
  static TimeReading yearOnly(TimeSentence s, int i) {
    if (s.is(i, Role.ERA_BC)) {
      TimeReading c = century(s, i + 1);
      if (c != null) { // খ্রিস্টপূর্ব পঞ্চম শতাব্দী: the 5th century BC, 500-401 BC
        TimexValue t = c.timex();
        return TimeReading.date(i, c.end(), new TimexValue(Granularity.CENTURY, t.year(), 0, 0, true, true), "date.bc-century");
      }
      Integer y = year(s, i + 1, 1);
      if (y != null && (s.is(i + 2, Role.ERA_NOUN) || s.is(i + 2, Role.YEAR_NOUN))) {
        return TimeReading.date(i, i + 3, new TimexValue(Granularity.YEAR, y, 0, 0, true, true), "date.bc-year");
      }
      return null;
    }
    Integer y = year(s, i, 1);
    if (y != null) {
      if (s.is(i + 1, Role.ERA_BC)) {
        return TimeReading.date(i, i + 2, new TimexValue(Granularity.YEAR, y, 0, 0, true, true), "date.year-bc");
      }
      boolean cue = s.is(i + 1, Role.YEAR_NOUN) || s.is(i + 1, Role.ERA_AD) || s.is(i + 1, Role.ERA_NOUN);
      if (cue && (y >= 1000 || !s.is(i + 1, Role.YEAR_NOUN))) { // ৭২৫ অব্দে: an era word dates any year
        return TimeReading.date(i, trailing(s, i + 1, true, false), TimexValue.year(y), "date.year-cue");
      }
    }
    NumberMention w = s.number(i);
    if (w != null && w.type() == MentionType.NUMBER && s.token(i).kind() == TokenKind.WORD
        && s.is(s.numberEnd(i), Role.YEAR_NOUN) && whole(w.number(), 1, 9999) > 0) {
      // উনিশশো বাহাত্তর সালে, দুই হাজার বারো সালের: a year in words with its সাল
      return TimeReading.date(i, trailing(s, s.numberEnd(i), true, false), TimexValue.year(whole(w.number(), 1, 9999)),
          "date.year-words");
    }
    Integer glued = gluedYearNoun(s, i);
    if (glued != null) {
      return TimeReading.date(i, i + 1, TimexValue.year(glued), "date.year-cue"); // ২০১৫সাল
    }
    Integer g = yearWithGenitive(s, i);
    if (g != null && g >= 1000 && g <= 2100 && yearContext(s, i - 1)) {
      return TimeReading.date(i, s.numberEnd(i), TimexValue.year(g), "date.year-ending");
    }
    return null;
  }

  /** ১৯৭০ এর দশকে, ১৯৮০-র দশক, আশির দশকে, ৭০-এর দশকে → 197X. */
  static TimeReading decade(TimeSentence s, int i) {
    NumberMention m = s.number(i);
    if (m == null || m.type() != MentionType.NUMBER || m.approx()) {
      return null;
    }
    int k = s.numberEnd(i);
    if (s.is(k, Role.ANAPHOR) && s.form(k).equals("এর")) {
      k++; // ১৯৭০ এর দশকে: the genitive written apart
    } else if (s.dash(k) && (s.form(k + 1).equals("এর") || s.form(k + 1).equals("র"))) {
      k += 2;
    }
    if (!s.is(k, Role.DECADE)) {
      return null;
    }
    int n = whole(m.number(), 10, 2990);
    if (n < 0 || n % 10 != 0) {
      return null;
    }
    int start;
    if (n >= 1000 && n <= 2990) {
      start = n;
    } else if (n >= 10 && n <= 90) {
      start = 1900 + n;
    } else {
      return null;
    }
    return TimeReading.date(i, k + 1, new TimexValue(Granularity.DECADE, start, 0, 0, true, false), "date.decade");
  }

  /** বিংশ শতাব্দী, ১৯শ শতকে, ২০ শতকের, একুশ শতকের, সপ্তম শতাব্দী → 19XX, 18XX, 20XX, 06XX. */
  static TimeReading century(TimeSentence s, int i) {
    int n;
    int k;
    Token t = i < s.size() ? s.token(i) : null;
    if (t == null) {
      return null;
    }
    NumberMention m = s.number(i);
    if (m != null && !m.approx() && (m.type() == MentionType.ORDINAL && whole(m.number(), 1, 30) > 0
        || m.type() == MentionType.NUMBER && whole(m.number(), 11, 30) > 0)) {
      // an ordinal names a century (সপ্তম শতাব্দী); so does a cardinal past ten (২০ শতকের,
      // একুশ শতকের), while তিন শতাব্দী is three centuries, a length of time
      n = whole(m.number(), 1, 30);
      k = s.numberEnd(i);
    } else if (t.kind() == TokenKind.ALPHANUMERIC && t.form().endsWith("শ") && t.form().length() <= 3
        && Digits.allDigits(t.form().substring(0, t.form().length() - 1))) {
      n = Digits.intValue(t.form(), 0, t.form().length() - 1);
      k = i + 1;
    } else {
      return null;
    }
    if (!s.is(k, Role.CENTURY) || n < 1 || n > 30) {
      return null;
    }
    return TimeReading.date(i, k + 1, new TimexValue(Granularity.CENTURY, (n - 1) * 100, 0, 0, true, false), "date.century");
  }

  /** The plausible years a four-digit number without a cue word may be. */
  static final int BARE_YEAR_MIN = 1000;
  static final int BARE_YEAR_MAX = 2100;
  /** A caption's bare year from here on: below it Dhaka's postal codes (1000-1362) are as likely. */
  static final int CAPTION_YEAR_MIN = 1600;

  /**
   * A year written bare, where its position shows it is a year, as a reader sees it: in brackets
   * after a title or name, or after জন্ম/মৃত্যু (গীতাঞ্জলি (১৯১০), (জন্ম ১৯৪৭)); opening a caption or
   * list line (২০০৭ জাতীয় চলচ্চিত্র পুরস্কার); closing a caption (… প্রচ্ছদ ১৯৬৬); coordinated with a
   * year or decade that has its cue (১৯৫২ এবং ১৯৫৪ সালে, ১৯৫০ ও ১৯৬০-এর দশকে: both decades).
   * Never before a counted word or unit (১৯৫০ জন, ২০০০ টাকা) nor after a word that makes it a count
   * or identifier (মোট, নম্বর, কোড).
   */
  static TimeReading bareYear(TimeSentence s, int i) {
    NumberMention m = s.number(i);
    if (m == null || m.type() != MentionType.NUMBER || m.approx() || s.numberEnd(i) != i + 1
        || s.form(i).length() != 4 || !Digits.allDigits(s.form(i))) {
      return null;
    }
    int y = whole(m.number(), BARE_YEAR_MIN, BARE_YEAR_MAX);
    if (y < 0 || countCue(s, i - 1) || countCue(s, i - 2)) {
      return null;
    }
    if (editionFollows(s, i + 1)) {
      return TimeReading.date(i, i + 1, TimexValue.year(y), "date.year-edition"); // ২০১৮ বিশ্বকাপে
    }
    if (countedAfter(s, i + 1)) {
      return null;
    }
    if (s.punct(i + 1, ",") || s.is(i + 1, Role.BEFORE_YEAR) && isAnd(s.form(i + 1))) {
      TimeReading next = s.date(i + 2);
      if (next != null && next.timex() != null && next.calendar() == null) {
        Granularity g = next.timex().granularity();
        if (g == Granularity.YEAR) {
          return TimeReading.date(i, i + 1, TimexValue.year(y), "date.year-coordinated");
        }
        if (g == Granularity.DECADE && y % 10 == 0) {
          return TimeReading.date(i, i + 1, new TimexValue(Granularity.DECADE, y, 0, 0, true, false),
              "date.decade-coordinated");
        }
      }
    }
    boolean bracket = s.punct(i - 1, "(") || s.punct(i - 2, "(") && s.is(i - 1, Role.LIFE);
    if (bracket && (s.punct(i + 1, ")") || s.punct(i + 1, ","))) {
      return TimeReading.date(i, i + 1, TimexValue.year(y), "date.year-bracketed");
    }
    if (y < CAPTION_YEAR_MIN) {
      return null; // ঢাকা ১১০০।: a caption's last number may be a postal code, never so in brackets
    }
    boolean word = i + 1 < s.size() && s.token(i + 1).kind() == TokenKind.WORD;
    if (i == 0 && word && !s.is(i + 1, Role.BEFORE_YEAR)) {
      return TimeReading.date(i, i + 1, TimexValue.year(y), "date.year-caption");
    }
    boolean last = i + 1 == s.size() || s.punct(i + 1, "।");
    if (last && i > 0 && s.token(i - 1).kind() == TokenKind.WORD && !countedAfter(s, i - 1)
        && s.role(i - 1) == null) {
      return TimeReading.date(i, i + 1, TimexValue.year(y), "date.year-caption");
    }
    return null;
  }

  /** How many words of an event's name may stand between a year and the edition's name. */
  static final int MAX_EDITION_NAME_WORDS = 2;

  /**
   * Whether the name of an event's edition starts at token k, after a year (editions.tsv): up to
   * {@value #MAX_EDITION_NAME_WORDS} words of its name (ফিফা, কাতার, টি-টোয়েন্টি), then a word that
   * names the edition (বিশ্বকাপ, অলিম্পিক); কাপ, গেমস, ট্রফি only after such a word (২০০০ কাপ চা is
   * a count), ইউরো only before a word of the tournament (২০২৪ ইউরোর ফাইনালে; ২০২৪ ইউরো দিয়ে is euros).
   */
  static boolean editionFollows(TimeSentence s, int k) {
    int names = 0;
    while (names < MAX_EDITION_NAME_WORDS && k < s.size()) {
      if (s.dash(k + 1) && s.glued(k, k + 1) && s.glued(k + 1, k + 2) && word(s, k) && word(s, k + 2)
          && s.lexicon.isEditionName(s.form(k + 2))) {
        k += 3; // টি-টোয়েন্টি: the second part names the whole
      } else if (word(s, k) && s.lexicon.isEditionName(s.form(k))) {
        k++;
      } else {
        break;
      }
      names++;
    }
    if (!s.is(k, Role.EDITION)) {
      return false;
    }
    return switch (s.entry(k).value()) {
      case "named" -> names > 0;
      case "context" -> names > 0 || s.lexicon.isEditionContext(s.form(k + 1)) || s.is(k + 1, Role.EDITION);
      default -> true;
    };
  }

  private static boolean word(TimeSentence s, int k) {
    return k < s.size() && s.token(k).kind() == TokenKind.WORD;
  }

  private static boolean isAnd(String form) {
    return form.equals("ও") || form.equals("এবং") || form.equals("বা");
  }

  /** A word that makes a number after it a count or an identifier: মোট, নম্বর, সংখ্যা, কোড. */
  private static boolean countCue(TimeSentence s, int k) {
    Role r = s.role(k);
    return r == Role.COUNT_CUE || r == Role.COUNTED;
  }
}
