package dev.nirjas.time;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.ULocale;
import dev.nirjas.text.IcuSnapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ICU's month and weekday names that {@link TimeLexicon} reads, for {@code bn} and {@code bn_IN}.
 * Opening ICU's calendar data ({@link DateFormatSymbols}) is most of a first time stage's build, so
 * the build writes them beside this class ({@link #SNAPSHOT}, by {@link #main}); the lexicon reads
 * that file when it was made by the ICU on the class path, and asks ICU itself when not.
 */
final class IcuCalendarNames {
  /** The resource the build writes. */
  static final String SNAPSHOT = "icu-calendar-names.tsv";
  /** The locales whose names the lexicon reads. */
  static final List<String> LOCALES = List.of("bn", "bn_IN");

  /** The kinds of names, by locale: {@code "bn/" + kind}. */
  static final String MONTHS = "months";
  static final String STANDALONE_MONTHS = "standalone-months";
  static final String SHORT_MONTHS = "short-months";
  static final String WEEKDAYS = "weekdays";
  static final String HIJRI_MONTHS = "hijri-months";

  private IcuCalendarNames() {}

  /** {@return every name list by {@code locale/kind}: from the snapshot, or from ICU} */
  static Map<String, String[]> load() {
    List<String[]> rows = IcuSnapshot.read(IcuCalendarNames.class, SNAPSHOT);
    return byKey(rows != null ? rows : fromIcu());
  }

  /** ICU's names, one row per list: locale, kind, the names. */
  static List<String[]> fromIcu() {
    List<String[]> rows = new ArrayList<>();
    for (String name : LOCALES) {
      ULocale locale = new ULocale(name);
      DateFormatSymbols symbols = new DateFormatSymbols(locale);
      rows.add(row(name, MONTHS, symbols.getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE)));
      rows.add(row(name, STANDALONE_MONTHS, symbols.getMonths(DateFormatSymbols.STANDALONE, DateFormatSymbols.WIDE)));
      rows.add(row(name, SHORT_MONTHS, symbols.getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.ABBREVIATED)));
      rows.add(row(name, WEEKDAYS, symbols.getWeekdays()));
      rows.add(row(name, HIJRI_MONTHS, new DateFormatSymbols(new IslamicCalendar(), locale).getMonths()));
    }
    return rows;
  }

  private static String[] row(String locale, String kind, String[] names) {
    String[] row = new String[names.length + 2];
    row[0] = locale;
    row[1] = kind;
    System.arraycopy(names, 0, row, 2, names.length);
    return row;
  }

  private static Map<String, String[]> byKey(List<String[]> rows) {
    Map<String, String[]> names = new HashMap<>();
    for (String[] row : rows) {
      names.put(row[0] + "/" + row[1], java.util.Arrays.copyOfRange(row, 2, row.length));
    }
    return names;
  }

  /**
   * Writes the snapshot (the build runs this after compiling).
   *
   * @param args the classes directory
   * @throws IOException if it cannot be written
   */
  public static void main(String[] args) throws IOException {
    IcuSnapshot.write(Path.of(args[0]), IcuCalendarNames.class, SNAPSHOT, fromIcu());
  }
}
