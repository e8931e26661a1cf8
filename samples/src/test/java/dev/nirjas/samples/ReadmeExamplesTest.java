package dev.nirjas.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nirjas.Annotation;
import dev.nirjas.Document;
import dev.nirjas.MoneyMention;
import dev.nirjas.Pipeline;
import dev.nirjas.entity.EntityStage;
import dev.nirjas.event.EventStage;
import dev.nirjas.money.MoneyStage;
import dev.nirjas.number.NumberStage;
import dev.nirjas.text.NormalizationStage;
import dev.nirjas.text.SegmentationStage;
import dev.nirjas.time.TimeStage;
import org.junit.jupiter.api.Test;

/** The code in README.md, as written there, does what the README says. */
class ReadmeExamplesTest {

  @Test
  void theEmbeddingExample() {
    Pipeline nirjas = Pipeline.standard();
    Annotation a = nirjas.annotate(Document.of("1", "২০০২ সালে বাণিজ্যের পরিমাণ ছিল ৪.৮৯৮ বিলিয়ন মার্কিন ডলার।"));
    assertThat(a.mentions()).extracting(m -> m.typeName() + "\t" + m.text() + "\t" + m.value())
        .containsExactly("DATE\t২০০২ সালে\t2002", "MONEY\t৪.৮৯৮ বিলিয়ন মার্কিন ডলার\t4898000000 USD");
  }

  @Test
  void theWestBengalPipeline() {
    Pipeline westBengal = Pipeline.builder()
        .add(new NormalizationStage()).add(new SegmentationStage())
        .add(new NumberStage()).add(new MoneyStage("INR")).add(new TimeStage())
        .add(new EntityStage()).add(new EventStage())
        .build();
    Annotation a = westBengal.annotate(Document.of("1", "কলকাতায় ইলিশের দাম কেজিপ্রতি ১২০০ টাকা।"));
    assertThat(a.mentions(MoneyMention.class)).extracting(MoneyMention::value)
        .containsExactly("1200 INR");
  }
}
