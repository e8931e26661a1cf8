package dev.nirjas.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-stage table, from CPU times made up by hand. */
class StageTimesTest {
  private static final long MS = 1_000_000;

  @Test
  void eachStagesMinimumMedianAndShare() {
    long[][] nanos = {
      {10 * MS, 30 * MS},
      {20 * MS, 60 * MS},
      {30 * MS, 90 * MS},
    };
    String table = StageTimes.table(List.of("numbers", "times"), nanos);
    assertThat(table.lines().map(l -> l.replaceAll(" +", " ")).toList()).contains(
        "| numbers | 10.0 | 20.0 | 25.0 % |",
        "| times | 30.0 | 60.0 | 75.0 % |",
        "| all stages | 40.0 | 80.0 | 100.0 % |");
  }

  @Test
  void anEvenNumberOfPassesTakesTheMiddleTwo() {
    long[][] nanos = {{10 * MS}, {40 * MS}, {20 * MS}, {30 * MS}};
    assertThat(StageTimes.table(List.of("money"), nanos).replaceAll(" +", " "))
        .contains("| money | 10.0 | 25.0 | 100.0 % |");
  }

  /** --fresh is the stage table's own: taken out before the corpus runner's options are read. */
  @Test
  void freshIsReadBesideTheRunnersOptions() {
    assertThat(StageTimes.fresh("--warmup", "2", "--fresh")).isTrue();
    assertThat(StageTimes.fresh("--warmup", "2")).isFalse();
    assertThat(StageTimes.withoutFresh("--fresh", "--warmup", "2", "--passes", "4"))
        .containsExactly("--warmup", "2", "--passes", "4");
    RunnerOptions o = RunnerOptions.parse(StageTimes.withoutFresh("--warmup", "2", "--fresh", "--passes", "4"));
    assertThat(o.warmup()).isEqualTo(2);
    assertThat(o.passes()).isEqualTo(4);
  }

  @Test
  void warmsUpTwentyPassesUnlessTold() {
    assertThat(StageTimes.options().warmup()).isEqualTo(20);
    assertThat(StageTimes.options("--warmup", "2", "--passes", "4").warmup()).isEqualTo(2);
    assertThat(RunnerOptions.parse().warmup()).isEqualTo(20); // the corpus runner's: the same
  }
}
