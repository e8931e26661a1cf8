package dev.nirjas.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nirjas.Annotation;
import dev.nirjas.Document;
import dev.nirjas.NumberMention;
import dev.nirjas.Pipeline;
import dev.nirjas.Sentence;
import dev.nirjas.Token;
import dev.nirjas.number.NumberStage;
import dev.nirjas.text.NormalizationStage;
import dev.nirjas.text.SegmentationStage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every rule in the grammar's lists reads something in the corpus table: a rule no row exercises
 * is either dead or untested (Duckling's corpus tests keep the same promise).
 */
class TimeRuleCoverageTest {
  static final Pipeline NUMBERS = Pipeline.builder().add(new NormalizationStage())
      .add(new SegmentationStage()).add(new NumberStage()).build();

  @Test
  void everyRuleFiresOnSomeRowOfTheCorpus() {
    TimeGrammar grammar = new TimeGrammar();
    List<TimeRule> all = new ArrayList<>(TimeGrammar.RULES);
    all.addAll(TimeGrammar.DATE_RULES);
    Set<String> fired = new LinkedHashSet<>();
    for (String[] row : TimeCorpusTest.table("dates.tsv")) {
      Annotation a = NUMBERS.annotate(Document.of("t", row[1]));
      for (Sentence sentence : a.sentences()) {
        List<Token> tokens = a.tokens().subList(sentence.firstToken(), sentence.endToken());
        List<NumberMention> numbers = a.mentions().stream()
            .filter(m -> m instanceof NumberMention && sentence.span().start() <= m.span().start()
                && m.span().end() <= sentence.span().end())
            .map(m -> (NumberMention) m).toList();
        TimeSentence s = grammar.sentence(tokens, numbers);
        for (TimeRule rule : all) {
          for (int i = 0; i < tokens.size() && !fired.contains(rule.name()); i++) {
            if (s.mayStart(i) && rule.reader().read(s, i) != null) {
              fired.add(rule.name());
            }
          }
        }
      }
    }
    assertThat(fired).as("rules that read some row of dates.tsv")
        .containsExactlyInAnyOrderElementsOf(all.stream().map(TimeRule::name).toList());
  }
}
