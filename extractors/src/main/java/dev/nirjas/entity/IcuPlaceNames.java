package dev.nirjas.entity;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import dev.nirjas.text.IcuSnapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The place names {@link EntityLexicon} takes from ICU's CLDR data: each ISO 3166-1 region's
 * Bengali display names and each time zone's exemplar city. Opening that data is much of a first
 * entity stage's build, so the build writes the names beside this class ({@link #SNAPSHOT}, by
 * {@link #main}); the lexicon reads that file when it was made by the ICU on the class path, and
 * asks ICU itself when not.
 *
 * <p>Rows, in ICU's order: {@code country CODE bn-name bn_IN-name [short-name]} (no short name when
 * ICU has none) and {@code zone ID REGION [exemplar-city]} (no city when ICU has none).
 */
final class IcuPlaceNames {
  /** The resource the build writes. */
  static final String SNAPSHOT = "icu-place-names.tsv";
  static final String COUNTRY = "country";
  static final String ZONE = "zone";

  private IcuPlaceNames() {}

  /** {@return the rows: from the snapshot, or from ICU} */
  static List<String[]> load() {
    List<String[]> rows = IcuSnapshot.read(IcuPlaceNames.class, SNAPSHOT);
    return rows != null ? rows : fromIcu();
  }

  /** ICU's names, as the snapshot holds them. */
  static List<String[]> fromIcu() {
    List<String[]> rows = new ArrayList<>();
    ULocale bn = new ULocale("bn");
    ULocale bnIn = new ULocale("bn_IN");
    LocaleDisplayNames shortNames = LocaleDisplayNames.getInstance(bn, DisplayContext.LENGTH_SHORT);
    for (String code : ULocale.getISOCountries()) {
      ULocale region = new ULocale("", code);
      String shortName = shortNames.regionDisplayName(code);
      rows.add(shortName == null
          ? new String[] {COUNTRY, code, region.getDisplayCountry(bn), region.getDisplayCountry(bnIn)}
          : new String[] {COUNTRY, code, region.getDisplayCountry(bn), region.getDisplayCountry(bnIn), shortName});
    }
    TimeZoneNames zones = TimeZoneNames.getInstance(bn);
    for (String id : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
      String city = zones.getExemplarLocationName(id);
      String region = TimeZone.getRegion(id);
      rows.add(city == null ? new String[] {ZONE, id, region} : new String[] {ZONE, id, region, city});
    }
    return rows;
  }

  /**
   * Writes the snapshot (the build runs this after compiling).
   *
   * @param args the classes directory
   * @throws IOException if it cannot be written
   */
  public static void main(String[] args) throws IOException {
    IcuSnapshot.write(Path.of(args[0]), IcuPlaceNames.class, SNAPSHOT, fromIcu());
  }
}
