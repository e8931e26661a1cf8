package dev.nirjas.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nirjas.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {

  @TempDir
  Path dir;

  @Test
  void readsJsonlLinesInOrderUpToTheLimit() throws IOException {
    Path root = dir.resolve("main");
    Files.createDirectories(root);
    Path wiki = root.resolve(Corpus.WIKI).normalize();
    Files.createDirectories(wiki.getParent());
    Files.writeString(wiki, String.join("\n",
        "{\"id\": \"1\", \"title\": \"ক\", \"text\": \"প্রথম\\nলাইন\"}",
        "{\"id\": \"2\", \"title\": \"খ\", \"text\": \"দ্বিতীয়\", \"extra\": 1}",
        "{\"id\": \"3\", \"title\": \"গ\", \"text\": \"তৃতীয়\"}"), StandardCharsets.UTF_8);

    Corpus all = Corpus.load(root, Corpus.Limit.NONE);
    assertThat(all.documents()).extracting(Document::id).containsExactly("1", "2", "3");
    assertThat(all.documents().get(0).text()).isEqualTo("প্রথম\nলাইন");
    assertThat(all.utf8Bytes()).isEqualTo(all.documents().stream()
        .mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length).sum());

    assertThat(Corpus.load(root, new Corpus.Limit(2, 0)).size()).isEqualTo(2);
    assertThat(Corpus.load(root, new Corpus.Limit(0, 1)).size()).isEqualTo(1);
  }

  @Test
  void fallsBackToSampleTexts() throws IOException {
    Path texts = dir.resolve(Corpus.SAMPLES);
    Files.createDirectories(texts);
    Files.writeString(texts.resolve("b.txt"), "দুই", StandardCharsets.UTF_8);
    Files.writeString(texts.resolve("a.txt"), "এক", StandardCharsets.UTF_8);
    Files.writeString(texts.resolve("notes.md"), "no", StandardCharsets.UTF_8);

    Corpus c = Corpus.load(dir, Corpus.Limit.NONE);
    assertThat(c.documents()).extracting(Document::id).containsExactly("a", "b");
  }

  @Test
  void countsUtf8LikeTheEncoder() {
    String s = "a\u00e9ক😀";
    assertThat(Corpus.utf8Length(s)).isEqualTo(s.getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void slicesKeepAllTextAndCutAfterWhiteSpace() {
    String text = "আমার সোনার বাংলা আমি তোমায় ভালোবাসি ".repeat(50);
    List<Document> docs = SizedDocuments.slices(text, 100);
    assertThat(String.join("", docs.stream().map(Document::text).toList())).isEqualTo(text);
    assertThat(docs).hasSizeGreaterThan(10);
    for (Document d : docs.subList(0, docs.size() - 1)) {
      assertThat(d.text()).endsWith(" ");
      assertThat(Corpus.utf8Length(d.text())).isBetween(80L, 110L);
    }
  }

  @Test
  void launcherAddsStagesOnlyWhenNotGiven() {
    List<String> stages = List.of("normalization", "segmentation");
    assertThat(JmhLauncher.withStages(new String[] {"-prof", "gc"}, stages))
        .containsExactly("-prof", "gc", "-p", "stage=normalization,segmentation");
    assertThat(JmhLauncher.withStages(new String[] {"-p", "stage=normalization"}, stages))
        .containsExactly("-p", "stage=normalization");
  }

  @Test
  void parsesRunnerOptions() {
    RunnerOptions o = RunnerOptions.parse("--passes", "5", "--warmup", "0", "--limit-bytes", "2M",
        "--no-scaling");
    assertThat(o.passes()).isEqualTo(5);
    assertThat(o.warmup()).isZero();
    assertThat(o.limitBytes()).isEqualTo(2_000_000);
    assertThat(o.scaling()).isFalse();
  }

  @Test
  void medianAndMadIgnoreOneDisturbedPass() {
    PassTimes p = new PassTimes(new long[] {100, 102, 98, 400, 101}, new long[] {90, 95, 97, 99, 380}, 7);
    assertThat(p.median()).isEqualTo(101);
    assertThat(p.relativeMad()).isEqualTo(1.0 / 101);
    assertThat(p.cpuMedian()).isEqualTo(97);
  }
}
