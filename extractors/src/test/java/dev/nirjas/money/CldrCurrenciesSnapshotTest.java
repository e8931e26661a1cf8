package dev.nirjas.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nirjas.text.IcuSnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

class CldrCurrenciesSnapshotTest {

  @Test
  void theBuildsSnapshotHoldsWhatIcuGives() {
    List<String[]> snapshot = IcuSnapshot.read(CldrCurrencies.class, CldrCurrencies.SNAPSHOT);
    assumeTrue(snapshot != null, "no snapshot: a build that skipped process-classes");
    assertThat(snapshot).containsExactlyElementsOf(CldrCurrencies.fromIcu());
  }

  @Test
  void knowsTheCodesIcuKnows() {
    assertThat(CldrCurrencies.known("BDT")).isTrue();
    assertThat(CldrCurrencies.known("INR")).isTrue();
    assertThat(CldrCurrencies.known("XYZ")).isFalse();
  }
}
