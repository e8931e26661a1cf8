package dev.nirjas.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nirjas.MentionType;
import dev.nirjas.entity.NerCorpus.TaggedSentence;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The corpus reader: the conlleval reading of tags, the pipeline's tokens, the noisy lines. */
class NerCorpusTest {

  /** Rows: corpus lines ('|' between lines, a space before the tag) → the names, on pipeline tokens. */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // B then I of one type: one name
      "শেখ B-PER|হাসিনা I-PER|বলেন O; PERSON শেখ হাসিনা",
      // B after B: two names
      "ঢাকা B-LOC|চট্টগ্রাম B-LOC; LOCATION ঢাকা|LOCATION চট্টগ্রাম",
      // I after O starts a name (conlleval)
      "আজ O|হাসিনা I-PER; PERSON হাসিনা",
      // I of another type starts a name of its type
      "বাংলাদেশ B-ORG|ব্যাংক I-ORG|ঢাকা I-LOC; ORGANIZATION বাংলাদেশ ব্যাংক|LOCATION ঢাকা",
      // TIM is O: times are the time stage's
      "২০১০ TIM|সালে TIM; ",
      // ICU splits a hyphenated corpus token: the name covers every piece
      "কক্স-বাজার B-LOC|যান O; LOCATION কক্স - বাজার",
      // a tag after an empty field, a line without a tag (O)
      "রোনালদোরই  B-PER|লা; PERSON রোনালদোরই",
  })
  void names(String lines, String expected) throws IOException {
    String corpus = "\uFEFF" + lines.replace('|', '\n').replace(' ', '\t') + "\n\n";
    List<TaggedSentence> read = NerCorpus.read(new ByteArrayInputStream(corpus.getBytes(StandardCharsets.UTF_8)));

    assertThat(read).hasSize(1);
    TaggedSentence s = read.get(0);
    List<String> names = new ArrayList<>();
    for (NameSpan n : s.names()) {
      StringBuilder b = new StringBuilder(n.type().name());
      for (int i = n.first(); i < n.end(); i++) {
        b.append(' ').append(s.tokens().get(i).form());
      }
      names.add(b.toString());
    }
    assertThat(names).containsExactlyElementsOf(expected == null ? List.of() : List.of(expected.split("\\|")));
    assertThat(s.names()).allSatisfy(n -> assertThat(n.probability()).isEqualTo(1.0));
    assertThat(s.names()).extracting(NameSpan::type).doesNotContain(MentionType.TIME);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "ক O|খ O||গ O|ঘ O; 2",    // a blank line between sentences
      "ক O|||খ O; 2",           // several blank lines count once
      "ক O|খ O; 1",             // no blank line at the end
  })
  void sentences(String lines, int expected) throws IOException {
    String corpus = lines.replace('|', '\n').replace(' ', '\t');
    assertThat(NerCorpus.read(new ByteArrayInputStream(corpus.getBytes(StandardCharsets.UTF_8)))).hasSize(expected);
  }
}
