package dev.nirjas.time;

import static dev.nirjas.time.CalendarParts.unit;

import dev.nirjas.MentionType;
import dev.nirjas.NumberMention;
import dev.nirjas.Token;
import dev.nirjas.TokenKind;
import dev.nirjas.text.Digits;
import dev.nirjas.time.TimeLexicon.Entry;
import dev.nirjas.time.TimeLexicon.Role;
import dev.nirjas.time.TimexValue.Granularity;
import java.math.BigDecimal;

/** Times of day, alone or after a date: TIME. */
final class ClockRules {
  private ClockRules() {}

  /** সকাল ১০টা, রাত ৯টায়, বিকেল ৩টা ৩০ মিনিটে, সকাল সাড়ে ৮টায়, ১০:৩০, সকাল ১০ ঘটিকায়. */
  static TimeReading clock(TimeSentence s, int i) {
    String part = null;
    int k = i;
    Entry e = s.entry(i);
    if (e != null && e.role() == Role.PART) {
      part = e.value();
      k = i + 1;
    }
    int hour;
    int minute = 0;
    int second = -1;
    int end;
    int[] colon = colonTime(s, k);
    if (colon != null) {
      hour = colon[0];
      minute = colon[1];
      end = colon[2];
      second = colon[3];
      boolean minutesWord = unit(s, end) == 'm';
      if (minutesWord) {
        end++; // ১০:৩০ মিনিটে
      }
      String meridiem = meridiem(s.form(end));
      if (part == null && meridiem != null) {
        part = meridiem; // ১০:৩০ pm
        end++;
      }
      if (part == null && !minutesWord && s.form(k).length() < 2) {
        return null; // "4:45" alone is as often a citation (book 4, verse 45) as a time
      }
    } else {
      if (part == null) {
        return null; // a bare "১০টায়" may be a count: only with a part of the day
      }
      NumberMention m = s.number(k);
      if (m == null || m.type() != MentionType.NUMBER) {
        return null;
      }
      int mEnd = s.numberEnd(k);
      String last = s.form(mEnd - 1);
      boolean oclock = last.indexOf("টা") > 0; // ১০টা, ১০টায়, দশটায়
      end = mEnd;
      if (!oclock && s.is(mEnd, Role.OCLOCK)) {
        oclock = true;
        end = mEnd + 1;
      }
      if (!oclock) {
        return null;
      }
      BigDecimal v = m.number();
      if (v.signum() <= 0 || v.compareTo(BigDecimal.valueOf(24)) > 0) {
        return null;
      }
      hour = v.intValue();
      minute = v.subtract(BigDecimal.valueOf(hour)).multiply(BigDecimal.valueOf(60)).intValue();
      int[] minutes = minutes(s, end);
      if (minute == 0 && minutes != null) {
        minute = minutes[0];
        end = minutes[1];
      }
    }
    if (hour > 24 || minute > 59 || second > 59) {
      return null;
    }
    hour = dayHour(part, hour);
    String value = String.format("T%02d:%02d", hour, minute) + (second < 0 ? "" : String.format(":%02d", second));
    return TimeReading.of(MentionType.TIME, i, end, value, "time.clock");
  }

  /** "৩০ মিনিটে", "০৫ মিনিটে" after an hour: {minutes, end}; or null. */
  static int[] minutes(TimeSentence s, int k) {
    NumberMention mm = s.number(k);
    int after;
    int value;
    if (mm != null && mm.type() == MentionType.NUMBER && mm.number().scale() <= 0) {
      if (mm.number().signum() < 0 || mm.number().compareTo(BigDecimal.valueOf(59)) > 0) {
        return null; // "১৫৪৫০ কোটি মিনিটে" is no minute of an hour (and would overflow an int)
      }
      after = s.numberEnd(k);
      value = mm.number().intValue();
    } else if (k < s.size() && s.token(k).kind() == TokenKind.NUMBER && s.form(k).length() == 2
        && Digits.allDigits(s.form(k))) {
      after = k + 1;
      value = Digits.intValue(s.form(k)); // ০৫: the number stage reads no leading zero
    } else {
      return null;
    }
    return value < 60 && unit(s, after) == 'm' ? new int[] {value, after + 1} : null;
  }

  /** ১০:৩০ (digits, colon, two digits, all glued), with an optional hyphenated ending; {h, m, end}. */
  static int[] colonTime(TimeSentence s, int k) {
    Token h = k < s.size() ? s.token(k) : null;
    if (h == null || h.kind() != TokenKind.NUMBER || !Digits.allDigits(h.form()) || h.form().length() > 2
        || !s.punct(k + 1, ":") || !s.glued(k, k + 1) || !s.glued(k + 1, k + 2)) {
      return null;
    }
    Token m = s.token(k + 2);
    String mf = m.form();
    int digits = 0;
    while (digits < mf.length() && Digits.isDigit(mf.charAt(digits))) {
      digits++;
    }
    if (digits != 2) {
      return null;
    }
    int end = k + 3;
    int second = -1;
    if (mf.length() == 2 && s.punct(end, ":") && s.glued(end - 1, end) && s.glued(end, end + 1)
        && s.form(end + 1).length() == 2 && Digits.allDigits(s.form(end + 1))) {
      second = Digits.intValue(s.form(end + 1)); // ২:৩০:১৫: seconds are kept
      end += 2;
    }
    if (s.dash(end) && s.glued(end - 1, end) && end + 1 < s.size() && s.glued(end, end + 1)
        && s.token(end + 1).kind() == TokenKind.WORD && s.form(end + 1).length() <= 2) {
      end += 2; // 08:45-এ
    }
    int hour = Digits.intValue(h.form());
    int minute = Digits.intValue(mf, 0, 2);
    return new int[] {hour, minute, end, second};
  }

  /** am/pm after a clock time, in Latin or Bengali letters: the half of the day; or null. */
  private static String meridiem(String form) {
    return switch (form) {
      case "am", "AM", "এএম" -> "am";
      case "pm", "PM", "পিএম" -> "pm";
      default -> null;
    };
  }

  /**
   * TIMEX3's part of the day for a part-of-day word at token k that no clock time follows: MO
   * (সকাল, পূর্বাহ্ন), MI (দুপুর), AF (বিকেল, অপরাহ্ন), EV (সন্ধ্যা), NI (রাত); null for ভোর and বেলা,
   * which TIMEX3 has no part for, and before a clock time, which takes the word (রবিবার রাত ১০টায়).
   */
  static String partOfDay(TimeSentence s, int k) {
    Entry e = s.entry(k);
    if (e == null || e.role() != Role.PART) {
      return null;
    }
    String part = switch (e.value()) {
      case "morning" -> "MO";
      case "noon" -> "MI";
      case "afternoon" -> "AF";
      case "evening" -> "EV";
      case "night" -> "NI";
      default -> null;
    };
    return part == null || clock(s, k) != null ? null : part;
  }

  static int dayHour(String part, int hour) {
    if (part == null) {
      return hour;
    }
    switch (part) {
      case "am":
        return hour == 12 ? 0 : hour;
      case "pm":
        return hour < 12 ? hour + 12 : hour;
      case "noon":
        return hour < 12 && hour <= 5 ? hour + 12 : hour;
      case "afternoon":
      case "evening":
        return hour < 12 ? hour + 12 : hour;
      case "night":
        return hour >= 5 && hour < 12 ? hour + 12 : hour == 12 ? 0 : hour;
      default:
        return hour;
    }
  }

  /** A date followed by a time of day: ১৯৭১ সালের ২৫ মার্চ রাত ১১টায় → 1971-03-25T23:00. */
  static TimeReading dateTime(TimeSentence s, int i) {
    TimeReading d = s.date(i);
    if (d == null || d.timex() == null || d.timex().granularity() != Granularity.DAY || !d.timex().yearKnown()) {
      return null;
    }
    int k = d.end();
    if (s.punct(k, ",")) {
      k++; // ১৫ মার্চ ২০১৯, দুপুর ২:৩০
    }
    if (s.lexicon.isTimeNoun(s.form(k))) {
      k++; // ১৫ মার্চ ২০১৯ সময় বিকেল ৩টা
    }
    TimeReading t = clock(s, k);
    if (t == null) {
      return null;
    }
    return TimeReading.of(MentionType.TIME, i, t.end(), d.timex().value() + t.value(), "time.date-clock");
  }
}
