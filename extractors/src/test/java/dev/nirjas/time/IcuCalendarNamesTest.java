package dev.nirjas.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nirjas.text.IcuSnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcuCalendarNamesTest {

  @Test
  void theBuildsSnapshotHoldsWhatIcuGives() {
    List<String[]> snapshot = IcuSnapshot.read(IcuCalendarNames.class, IcuCalendarNames.SNAPSHOT);
    assumeTrue(snapshot != null, "no snapshot: a build that skipped process-classes");
    assertThat(snapshot).containsExactlyElementsOf(IcuCalendarNames.fromIcu());
  }

  @Test
  void namesForEveryLocaleAndKind() {
    for (String locale : IcuCalendarNames.LOCALES) {
      assertThat(IcuCalendarNames.load().get(locale + "/" + IcuCalendarNames.MONTHS)).hasSize(12);
      assertThat(IcuCalendarNames.load().get(locale + "/" + IcuCalendarNames.WEEKDAYS)).hasSize(8);
    }
  }
}
