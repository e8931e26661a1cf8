package dev.nirjas.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.nirjas.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ratios the runner quotes against the goals, from pass times made up by hand. */
class ThroughputReportTest {
  private static PassTimes ms(long... millis) {
    long[] nanos = new long[millis.length];
    for (int i = 0; i < millis.length; i++) {
      nanos[i] = millis[i] * 1_000_000;
    }
    return new PassTimes(nanos, nanos.clone(), 100);
  }

  @Test
  void eachRatioIsLucenesMedianOverTheRowsMedian() {
    Corpus corpus = Corpus.of("test", List.of(Document.of("1", "চীন ১৯৭১ সালে।")));
    ThroughputReport report = new ThroughputReport(corpus, ms(150, 160, 140),
        List.of("normalization", "+ segmentation", "+ times"),
        List.of(ms(20, 25, 30), ms(100, 110, 120), ms(200, 250, 300)), ms(450, 500, 550));

    assertThat(report.ratioToLucene()).isCloseTo(150.0 / 500, within(1e-9));
    assertThat(report.prefixRatioToLucene("+ times")).isCloseTo(150.0 / 250, within(1e-9));
    assertThat(report.prefixRatioToLucene("normalization")).isCloseTo(150.0 / 25, within(1e-9));
    assertThat(report.prefixRatioToLucene("+ entities")).isNaN();
  }
}
