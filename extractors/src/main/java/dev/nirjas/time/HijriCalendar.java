package dev.nirjas.time;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;

/**
 * Hijri dates through ICU's Umm al-Qura Islamic calendar. Marked approximate in the output: in
 * Bangladesh the months begin with the sighting of the moon, which may differ by a day or two.
 */
final class HijriCalendar {
  private HijriCalendar() {}

  /** The Gregorian date of Hijri {@code day month year}, or null if ICU cannot place it. */
  static LocalDate toGregorian(int year, int month, int day) {
    if (year < 1 || year > 2000 || month < 1 || month > 12 || day < 1 || day > 30) {
      return null;
    }
    IslamicCalendar hijri = new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
    hijri.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
    hijri.clear();
    hijri.set(year, month - 1, day);
    hijri.getTimeInMillis();
    if (hijri.get(Calendar.YEAR) != year || hijri.get(Calendar.MONTH) != month - 1
        || hijri.get(Calendar.DAY_OF_MONTH) != day) {
      return null; // ৩০ রমজান in a 29-day রমজান: no such day (ICU would roll it into শাওয়াল)
    }
    GregorianCalendar g = new GregorianCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
    g.setTimeInMillis(hijri.getTimeInMillis());
    return LocalDate.of(g.get(Calendar.EXTENDED_YEAR), g.get(Calendar.MONTH) + 1, g.get(Calendar.DAY_OF_MONTH));
  }
}
