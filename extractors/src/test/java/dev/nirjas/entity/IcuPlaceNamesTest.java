package dev.nirjas.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nirjas.text.IcuSnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcuPlaceNamesTest {

  @Test
  void theBuildsSnapshotHoldsWhatIcuGives() {
    List<String[]> snapshot = IcuSnapshot.read(IcuPlaceNames.class, IcuPlaceNames.SNAPSHOT);
    assumeTrue(snapshot != null, "no snapshot: a build that skipped process-classes");
    assertThat(snapshot).containsExactlyElementsOf(IcuPlaceNames.fromIcu());
  }
}
