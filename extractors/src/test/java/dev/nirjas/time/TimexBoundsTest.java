package dev.nirjas.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nirjas.Annotation;
import dev.nirjas.Document;
import dev.nirjas.TimeMention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Values stay within TIMEX3's years 1–9999 (docs/LIMITS.md): a relative expression whose result
 * would fall outside keeps its offset and gets no value; one that lands on the edge is resolved.
 */
class TimexBoundsTest {

  @ParameterizedTest(name = "{0} at {1}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      # text                               | reference  | surface        | value      | offset
      আগামীকাল                              | 9999-12-31 | আগামীকাল        | -          | +P1D
      ১০ দিন পরে                            | 9999-12-27 | ১০ দিন পরে      | -          | +P10D
      আগামী মাসে                            | 9999-12-27 | আগামী মাসে      | -          | +P1M
      আগামী বছর                             | 9999-06-01 | আগামী বছর       | -          | +P1Y
      গতকাল                                 | 0001-01-01 | গতকাল          | -          | -P1D
      গত মাসে                               | 0001-01-15 | গত মাসে         | -          | -P1M
      ০০০১ সালের ১ জানুয়ারি। তার আগের দিন      | -          | তার আগের দিন    | -          | -P1D
      ৯৯৯৯ সালের ৩১ ডিসেম্বর। তার পরের দিন      | -          | তার পরের দিন    | -          | +P1D
      # on the edge: still resolved
      আগামীকাল                              | 9999-12-30 | আগামীকাল        | 9999-12-31 | +P1D
      গতকাল                                 | 0001-01-02 | গতকাল          | 0001-01-01 | -P1D
      ৪ দিন পরে                             | 9999-12-27 | ৪ দিন পরে       | 9999-12-31 | +P4D
      """)
  void valuesStayWithinYearsOneTo9999(String text, String reference, String surface, String value, String offset) {
    Annotation a = TimeCorpusTest.PIPELINE.annotate(
        new Document("t", text, reference == null ? null : LocalDate.parse(reference)));
    List<TimeMention> at = a.mentions().stream()
        .filter(m -> m instanceof TimeMention && m.text().equals(surface)).map(m -> (TimeMention) m).toList();
    assertThat(at).as("%s in %s", surface, a.mentions()).hasSize(1);
    assertThat(at.get(0).value()).as("value").isEqualTo(value);
    assertThat(at.get(0).offset()).as("offset").isEqualTo(offset);
    assertThat(at.get(0).anchor()).as("anchor").isEqualTo(value == null ? null : "reference");
  }
}
