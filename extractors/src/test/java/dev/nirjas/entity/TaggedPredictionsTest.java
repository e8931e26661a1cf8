package dev.nirjas.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.nirjas.MentionType;
import dev.nirjas.Token;
import dev.nirjas.entity.NameScores.Score;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Another tagger's predictions, scored by conlleval's names and by the dataset paper's per-tag
 * measure; the paper's own predictions reproduce its published figure.
 */
class TaggedPredictionsTest {

  private static TaggedPredictions read(String lines) throws IOException {
    // rows: "word predicted gold" per line, '|' between lines, '/' between sentences
    String text = lines.replace("/", "\n\n").replace('|', '\n').replace(' ', '\t') + "\n";
    return TaggedPredictions.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** Rows: predictions → gold names, found names, correct names (counted by hand). */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // the same name: right
      "শেখ B-PER B-PER|হাসিনা I-PER I-PER|বলেন O O; 1; 1; 1",
      // one word short: found, not right (exact match only)
      "শেখ O B-PER|হাসিনা B-PER I-PER|বলেন O O; 1; 1; 0",
      // the right span with the wrong type: not right
      "ঢাকা B-ORG B-LOC; 1; 1; 0",
      // I- after O starts a name on either side (conlleval): right
      "আজ O O|হাসিনা I-PER B-PER; 1; 1; 1",
      // B- after B- is two names; one gold name of two words found as two: neither right
      "নুরুল B-PER B-PER|ইসলাম B-PER I-PER; 1; 2; 0",
      // TIM is not a name on either side
      "২০১০ TIM TIM|সালে TIM O; 0; 0; 0",
      // two sentences add up
      "ঢাকা B-LOC B-LOC/চট্টগ্রাম O B-LOC; 2; 1; 1",
      // I- of another type after a name starts a name of its own type: two names on each side
      "বাংলাদেশ B-ORG B-ORG|ব্যাংক I-ORG I-ORG|ঢাকা I-LOC B-LOC; 2; 2; 2",
  })
  void namesAreCountedAsConllevalCountsThem(String lines, int gold, int found, int correct) throws IOException {
    assertThat(read(lines).names().overall()).isEqualTo(new Score(gold, found, correct));
  }

  @Test
  void theTagMeasureIsTheMeanOfEachTagsF1OverTheTagsSeenOnEitherSide() throws IOException {
    // gold O O B-PER I-PER B-LOC, predicted O B-PER B-PER O B-LOC; by hand, F1 = 2·correct / (predicted + gold):
    // O 2·1/(2+2) = 50; B-PER 2·1/(2+1) = 66.67; I-PER 0 (never predicted); B-LOC 2·1/(1+1) = 100.
    TaggedPredictions p = read("ক O O|খ B-PER O|গ B-PER B-PER|ঘ O I-PER|ঙ B-LOC B-LOC");

    assertThat(p.tagScores().perTag()).containsOnlyKeys("B-LOC", "B-PER", "I-PER", "O");
    assertThat(p.tagScores().perTag().get("O")).isCloseTo(50.0, within(1e-9));
    assertThat(p.tagScores().perTag().get("B-PER")).isCloseTo(200.0 / 3, within(1e-9));
    assertThat(p.tagScores().perTag().get("I-PER")).isZero();
    assertThat(p.tagScores().perTag().get("B-LOC")).isCloseTo(100.0, within(1e-9));
    assertThat(p.tagMacroF1()).isCloseTo((50 + 200.0 / 3 + 0 + 100) / 4, within(1e-9));
  }

  @Test
  void withoutTimesReadsTimAsOOnBothSides() throws IOException {
    // TIM→O: gold O O O, predicted O O B-LOC: O 2·2/(2+3) = 80, B-LOC 0
    TaggedPredictions p = read("গত TIM O|বছর O TIM|ঢাকা B-LOC O").withoutTimes();

    assertThat(p.tagScores().perTag()).containsOnlyKeys("B-LOC", "O");
    assertThat(p.tagMacroF1()).isCloseTo(40.0, within(1e-9));
  }

  @Test
  void carriageReturnsAndByteOrderMarksAreIgnoredAndAShortLineIsAnError() throws IOException {
    // a mark at the start, and one after a first, empty line (as in the paper's file)
    for (String text : List.of("\uFEFFঢাকা\tB-LOC\tB-LOC\r\n।\tO\tO\r\n",
        "\r\n\uFEFFঢাকা\tB-LOC\tB-LOC\r\n।\tO\tO\r\n")) {
      TaggedPredictions p = TaggedPredictions.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
      assertThat(p.sentences()).hasSize(1);
      assertThat(p.sentences().get(0).words()).containsExactly("ঢাকা", "।");
      assertThat(p.sentences().get(0).gold()).containsExactly("B-LOC", "O");
      assertThat(p.names().overall()).isEqualTo(new Score(1, 1, 1));
    }

    assertThatThrownBy(() -> read("ঢাকা B-LOC B-LOC|চট্টগ্রাম B-LOC"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> TaggedPredictions.read(new ByteArrayInputStream(
        "ঢাকা\t\tB-LOC\n".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1");
  }

  @Test
  void aFindersNamesGoBackOntoTheCorpusWordsTheyTouch(@TempDir Path dir) throws IOException {
    // ICU splits "কক্স-বাজার" into three tokens; a name over the last of them and the next word
    // tags both corpus words; the finder here names tokens 2..3 (বাজার, শহর) as a place.
    Path corpus = dir.resolve("test.tsv");
    Files.writeString(corpus, "কক্স-বাজার\tB-LOC\nশহর\tI-LOC\nযান\tO\n");
    NameFinder finder = tokens -> {
      assertThat(tokens.stream().map(Token::form).toList()).containsExactly("কক্স", "-", "বাজার", "শহর", "যান");
      return List.of(new NameSpan(2, 4, MentionType.LOCATION, 1));
    };

    TaggedPredictions p = TaggedPredictions.of(finder, corpus);

    assertThat(p.sentences()).hasSize(1);
    assertThat(p.sentences().get(0).predicted()).containsExactly("B-LOC", "I-LOC", "O");
    assertThat(p.sentences().get(0).gold()).containsExactly("B-LOC", "I-LOC", "O");
  }

  /** The paper's predictions on the whole test split (see ner-sample/README.md). */
  static TaggedPredictions paperPredictions() throws IOException {
    try (InputStream in = new GZIPInputStream(TaggedPredictionsTest.class.getResourceAsStream(
        "/dev/nirjas/entity/ner-sample/bigru-predictions.tsv.gz"))) {
      return TaggedPredictions.read(in);
    }
  }

  @Test
  void thePapersPredictionsGiveThePapersFigureByItsMeasureAndLessByConlleval() throws IOException {
    TaggedPredictions paper = paperPredictions();

    assertThat(paper.sentences()).hasSize(1950);
    // the paper's "72.66 F1": the mean of the per-tag F1 over the eight tags, O and TIM included
    assertThat(paper.tagMacroF1()).isCloseTo(72.66, within(0.005));
    // conlleval's names on the same predictions; the counts agree with a second scorer written
    // apart from this one (a conlleval reading in Python over the same file)
    NameScores names = paper.names();
    assertThat(names.of(MentionType.PERSON)).isEqualTo(new Score(958, 918, 675));
    assertThat(names.of(MentionType.LOCATION)).isEqualTo(new Score(925, 913, 594));
    assertThat(names.of(MentionType.ORGANIZATION)).isEqualTo(new Score(678, 812, 404));
    assertThat(names.overall().f1()).isCloseTo(64.30, within(0.005));
  }
}
