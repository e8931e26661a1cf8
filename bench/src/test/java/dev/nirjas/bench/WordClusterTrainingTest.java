package dev.nirjas.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word vectors, their clusters, and the table the name finder reads. */
class WordClusterTrainingTest {
  @TempDir
  Path dir;

  @Test
  void kMeansGroupsVectorsByDirection() {
    // Three directions 120° apart, two vectors a little off each.
    double[] angles = {0.05, 2.10, 4.15, -0.05, 2.20, 4.25};
    float[] vectors = new float[angles.length * 2];
    for (int i = 0; i < angles.length; i++) {
      vectors[2 * i] = (float) Math.cos(angles[i]);
      vectors[2 * i + 1] = (float) Math.sin(angles[i]);
    }

    int[] cluster = SphericalKMeans.cluster(vectors, angles.length, 2, 3);

    assertThat(cluster[0]).isEqualTo(cluster[3]);
    assertThat(cluster[1]).isEqualTo(cluster[4]);
    assertThat(cluster[2]).isEqualTo(cluster[5]);
    assertThat(List.of(cluster[0], cluster[1], cluster[2])).doesNotHaveDuplicates();
  }

  /**
   * A made-up language: words 2–6 only ever stand between words 0 and 1, words 9–13 between 7 and
   * 8. Vectors learnt from it put each word nearer the words of its own slot than the others'.
   */
  @Test
  void wordsOfTheSameContextsGetCloseVectorsAndTheSameSeedTheSameVectors() {
    int[][] texts = new int[3000][];
    long[] counts = new long[14];
    for (int s = 0; s < texts.length; s++) {
      boolean first = s % 2 == 0;
      int middle = (first ? 2 : 9) + (s * 7 / 2) % 5;
      texts[s] = first ? new int[] {0, middle, 1} : new int[] {7, middle, 8};
      for (int w : texts[s]) {
        counts[w]++;
      }
    }

    float[] vectors = new SkipGramVectors(10, 2, 3, 5, 1, 7).train(texts, counts);

    for (int a = 2; a <= 6; a++) {
      for (int b = 2; b <= 6; b++) {
        for (int other = 9; other <= 13; other++) {
          if (a != b) {
            assertThat(cosine(vectors, a, b, 10)).as("%d~%d against %d", a, b, other)
                .isGreaterThan(cosine(vectors, a, other, 10));
          }
        }
      }
    }
    assertThat(new SkipGramVectors(10, 2, 3, 5, 1, 7).train(texts, counts)).isEqualTo(vectors);
  }

  @Test
  void theTableHasAHeaderAndARowPerFormWithALetter() throws IOException {
    Path corpus = dir.resolve("c.jsonl");
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      lines.add("{\"id\": \"" + i + "\", \"title\": \"t\", \"text\": \"ঢাকা থেকে রাজশাহী ১২০ কিলোমিটার। চট্টগ্রাম থেকে খুলনা দূরে।\"}");
    }
    Files.write(corpus, lines, StandardCharsets.UTF_8);
    Path ner = dir.resolve("train.tsv");
    Files.writeString(ner, "ঢাকা\tB-LOC\nথেকে\tO\n\nখুলনা\tB-LOC\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("clusters.tsv");

    WordClusterTraining.main(new String[] {"--corpus", corpus.toString(), "--ner-train", ner.toString(),
        "--output", out.toString(), "--dimensions", "8", "--epochs", "2", "--min-count", "2", "--clusters", "2,3"});

    List<String> rows = Files.readAllLines(out, StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#")).toList();
    assertThat(rows.get(0)).isEqualTo("form\t2\t3");
    assertThat(rows.subList(1, rows.size())).extracting(r -> r.split("\t")[0])
        .containsExactlyInAnyOrder("ঢাকা", "থেকে", "রাজশাহী", "কিলোমিটার", "চট্টগ্রাম", "খুলনা", "দূরে");
    assertThat(rows.subList(1, rows.size())).allSatisfy(r -> {
      String[] c = r.split("\t");
      assertThat(c).hasSize(3);
      assertThat(Integer.parseInt(c[1])).isBetween(0, 1);
      assertThat(Integer.parseInt(c[2])).isBetween(0, 2);
    });
  }

  private static double cosine(float[] v, int a, int b, int dimensions) {
    double dot = 0;
    for (int d = 0; d < dimensions; d++) {
      dot += v[a * dimensions + d] * v[b * dimensions + d];
    }
    return dot; // the vectors are unit length
  }
}
