package dev.nirjas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nirjas.text.NormalizationStage;
import dev.nirjas.text.SegmentationStage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Streams of documents, closing, and settings by name. */
class PipelineApiTest {

  /** Records the order stages are closed in; marks each document's text with a mention. */
  private static final class Marker implements Stage {
    private final String name;
    private final List<String> closed;

    Marker(String name, List<String> closed) {
      this.name = name;
      this.closed = closed;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Set<Layer> requires() {
      return Set.of(Layer.SENTENCES);
    }

    @Override
    public Set<Layer> provides() {
      return Set.of(Layer.of(name));
    }

    @Override
    public void process(Analysis analysis) {
      String text = analysis.document().text();
      analysis.add(new GenericMention("test." + name, new Span(0, text.length()), text, null, false,
          Map.of(), name));
    }

    @Override
    public void close() {
      closed.add(name);
    }
  }

  private static Pipeline pipeline(List<String> closed) {
    return Pipeline.builder().add(new NormalizationStage()).add(new SegmentationStage())
        .add(new Marker("mark", closed)).build();
  }

  private static List<Document> documents(int n) {
    return IntStream.range(0, n).mapToObj(i -> Document.of("d" + i, "বাক্য " + i + "।")).toList();
  }

  @Test
  void annotateAllKeepsTheOrderOfAParallelStream() {
    List<Document> docs = documents(500);
    try (Pipeline p = pipeline(new ArrayList<>())) {
      List<String> ids = p.annotateAll(docs.parallelStream()).map(a -> a.document().id()).toList();
      assertThat(ids).isEqualTo(docs.stream().map(Document::id).toList());
    }
  }

  @Test
  void annotateAllOnThreadsGivesInputOrder() {
    List<Document> docs = documents(500);
    try (Pipeline p = pipeline(new ArrayList<>());
        Stream<Annotation> out = p.annotateAll(docs.iterator(), 4)) {
      assertThat(out.map(a -> a.document().id() + "=" + a.mentions().get(0).text()).toList())
          .isEqualTo(docs.stream().map(d -> d.id() + "=" + d.text()).toList());
    }
  }

  @Test
  void processAllRunsTheWorkOnItsThreadsInInputOrderWithABoundedWindow() {
    List<Document> docs = documents(300);
    java.util.concurrent.atomic.AtomicInteger taken = new java.util.concurrent.atomic.AtomicInteger();
    java.util.Iterator<Document> counting = new java.util.Iterator<>() {
      private final java.util.Iterator<Document> in = docs.iterator();

      @Override
      public boolean hasNext() {
        return in.hasNext();
      }

      @Override
      public Document next() {
        taken.incrementAndGet();
        return in.next();
      }
    };
    Thread caller = Thread.currentThread();
    List<String> out = new ArrayList<>();
    int mostAhead = 0;
    try (Pipeline p = pipeline(new ArrayList<>());
        Stream<String> results = p.processAll(counting, 3, 5,
            d -> (Thread.currentThread() == caller ? "caller:" : "") + d.id() + "=" + p.annotate(d).mentions().size())) {
      for (java.util.Iterator<String> it = results.iterator(); it.hasNext(); ) {
        out.add(it.next());
        mostAhead = Math.max(mostAhead, taken.get() - out.size());
      }
    }
    assertThat(out).isEqualTo(docs.stream().map(d -> d.id() + "=1").toList());
    assertThat(mostAhead).isBetween(1, 5);
  }

  @Test
  void annotateAllOnThreadsRethrowsAStageFailure() {
    Pipeline p = Pipeline.builder().add(new NormalizationStage()).add(new SegmentationStage())
        .add(new Marker("mark", new ArrayList<>())).build();
    // An empty text makes the marker's mention span empty, which Analysis refuses.
    List<Document> docs = List.of(Document.of("ok", "এক।"), Document.of("empty", ""));
    try (Stream<Annotation> out = p.annotateAll(docs.iterator(), 2)) {
      assertThatThrownBy(out::toList).isInstanceOf(PipelineException.class).hasMessageContaining("'empty'");
    }
  }

  @Test
  void closeClosesEveryStageLastFirst() {
    List<String> closed = new ArrayList<>();
    Pipeline p = Pipeline.builder().add(new NormalizationStage()).add(new SegmentationStage())
        .add(new Marker("first", closed)).add(new Marker("second", closed)).build();
    p.close();
    assertThat(closed).containsExactly("second", "first");
  }

  @Test
  void aStageWithoutSettingsRejectsAny() {
    Stage s = new NormalizationStage();
    assertThat(s.configure(Map.of())).isSameAs(s);
    assertThatThrownBy(() -> s.configure(Map.of("x", "1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takes no settings");
  }
}
