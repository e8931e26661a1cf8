package dev.nirjas.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.BreakIterator;
import dev.nirjas.Pipeline;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What closing a pipeline releases of the segmenter's per-thread ICU iterators, and what not. */
class SegmenterReleaseTest {

  @Test
  void closingThePipelineDropsTheCallingThreadsIterators() {
    SegmentationStage segmentation = new SegmentationStage();
    Pipeline pipeline = Pipeline.builder().add(new NormalizationStage()).add(segmentation).build();
    pipeline.annotate("তিনি এলেন। আমরা গেলাম।");
    Segmenter segmenter = segmentation.segmenter();
    BreakIterator words = segmenter.wordIterator();
    BreakIterator sentences = segmenter.sentenceIterator();
    BreakIterator loopSentences = segmenter.loopSentenceIterator();
    Object run = segmenter.pendingRun();

    pipeline.close();

    // A ThreadLocal without a value makes a new one: different objects mean the old were dropped.
    assertThat(segmenter.wordIterator()).isNotSameAs(words);
    assertThat(segmenter.sentenceIterator()).isNotSameAs(sentences);
    assertThat(segmenter.loopSentenceIterator()).isNotSameAs(loopSentences);
    assertThat(segmenter.pendingRun()).isNotSameAs(run);
  }

  @Test
  void anotherThreadKeepsItsCopyUntilItReleasesIt() throws Exception {
    Segmenter segmenter = new Segmenter();
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      BreakIterator before = other.submit(segmenter::wordIterator).get();
      segmenter.release(); // on this thread: cannot reach the other thread's copy
      assertThat(other.submit(segmenter::wordIterator).get()).isSameAs(before);

      Future<BreakIterator> after = other.submit(() -> {
        segmenter.release();
        return segmenter.wordIterator();
      });
      assertThat(after.get()).isNotSameAs(before);
    } finally {
      other.shutdownNow();
    }
  }

  @Test
  void aReleasedSegmenterStillSegments() {
    Segmenter segmenter = new Segmenter();
    TextNormalizer normalizer = new TextNormalizer();
    segmenter.segment(normalizer.normalize("এক। দুই।"));
    segmenter.release();
    assertThat(segmenter.segment(normalizer.normalize("এক। দুই।")).sentences()).hasSize(2);
  }
}
