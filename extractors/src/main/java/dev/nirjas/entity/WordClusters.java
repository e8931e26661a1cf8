package dev.nirjas.entity;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Distributional word clusters for the name finder's features: each form of {@code
 * bn-word-clusters.tsv} with its cluster at a few granularities (say 32, 128 and 512 clusters),
 * from word vectors learnt on unlabelled Bengali text ({@code dev.nirjas.bench.WordClusterTraining},
 * {@code bench/train-clusters}). A name never
 * seen in the training split shares a cluster with names that were (কেশব with other Indian given
 * names, ঢাকা with Bangladesh's cities), which is what a linear model over word identities lacks.
 *
 * <p>The features of a form are {@code c32=17}, {@code c128=90} …; a form not in the table is
 * looked up by its stem (the case ending stripped), and has none when that is missing too. The
 * feature strings are built once per cluster and a form's array once per form, so a lookup
 * allocates nothing after the first. Thread-safe.
 */
final class WordClusters {
  private static final String[] NONE = {};
  /** The bundled table, beside this class, and the form the build compiles it to. */
  static final String TABLE = "bn-word-clusters.tsv";
  static final String COMPILED = "bn-word-clusters.bin";
  private static final int FORMAT = 1;
  /** The most granularities a compiled table is taken with: more is damage, not a table. */
  private static final int MAX_LEVELS = 64;

  private final StringIndex forms;
  /** Per form (in the index's order), its cluster at each granularity: {@code levels} chars a form. */
  private final char[] clusters;
  /** [granularity][cluster]: the feature strings ({@code c32=0} …). */
  private final String[][] names;
  /**
   * Each form's features, made when it is first looked up; set and read plainly (a race makes an
   * equal array twice at worst), each array held by a final field, which publishes its elements
   * safely. An {@code AtomicReferenceArray} was a call through a {@code VarHandle} at each lookup
   * under the command line's first-tier JIT: a twentieth of the time a new form's name features
   * took.
   */
  private final Made[] made;

  /** A form's features. */
  private static final class Made {
    final String[] features;

    Made(String[] features) {
      this.features = features;
    }
  }

  private WordClusters(StringIndex forms, char[] clusters, int[] granularities) {
    if (clusters.length != (long) forms.size() * granularities.length) {
      throw new IllegalArgumentException(clusters.length + " clusters for " + forms.size() + " forms at "
          + granularities.length + " granularities");
    }
    this.names = featureNames(granularities);
    for (int i = 0; i < clusters.length; i++) {
      if (clusters[i] >= names[i % names.length].length) {
        throw new IllegalArgumentException("form " + i / names.length + ": no cluster " + (int) clusters[i] + " of "
            + names[i % names.length].length);
      }
    }
    this.forms = forms;
    this.clusters = clusters;
    this.made = new Made[forms.size()];
  }

  /** The bundled table, loaded once. */
  static WordClusters standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final WordClusters STANDARD = bundled();
  }

  /**
   * The bundled table from the form the build compiled it to ({@link #main}) when that is there and
   * was made from these very bytes of the table, else from the table. Why: 35,000 forms, each a
   * string and a map entry made at start, took 40–50 ms of a fresh JVM's first pipeline; the
   * compiled form is a few arrays read in bulk.
   */
  private static WordClusters bundled() {
    byte[] compiled = resource(COMPILED);
    if (compiled != null) {
      try {
        WordClusters c = compiled(compiled, MadeFrom.resource(WordClusters.class, TABLE));
        if (c != null) {
          return c;
        }
      } catch (IOException | RuntimeException e) {
        // a damaged file: the table itself says the same, only slower
      }
    }
    byte[] table = resource(TABLE);
    if (table == null) {
      throw new IllegalStateException("missing resource " + TABLE + " next to " + WordClusters.class.getName());
    }
    return parse(TABLE, new String(table, StandardCharsets.UTF_8));
  }

  private static byte[] resource(String name) {
    try (InputStream in = WordClusters.class.getResourceAsStream(name)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /**
   * The build step: compiles {@code <classes>/dev/nirjas/entity/bn-word-clusters.tsv} to {@code
   * bn-word-clusters.bin} beside it.
   *
   * @param args the classes directory
   * @throws IOException if the table cannot be read or the compiled form written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: WordClusters <classes directory>");
    }
    Path dir = Path.of(args[0]).resolve(WordClusters.class.getPackageName().replace('.', '/'));
    byte[] table = Files.readAllBytes(dir.resolve(TABLE));
    Files.write(dir.resolve(COMPILED), parse(TABLE, new String(table, StandardCharsets.UTF_8)).compile(table));
  }

  /**
   * {@return this table compiled} The file names the table's bytes it was made from (their length
   * and CRC-32) and ends with the CRC-32 of all before it.
   *
   * @param table the bytes of the table this was parsed from
   */
  byte[] compile(byte[] table) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(FORMAT);
    out.writeInt(table.length);
    out.writeLong(BuildFile.crc(table, 0, table.length));
    out.writeInt(names.length);
    for (String[] level : names) {
      out.writeInt(level.length);
    }
    out.writeInt(forms.size());
    out.writeInt(forms.chars().length);
    forms.write(out);
    for (char c : clusters) {
      out.writeChar(c);
    }
    out.flush();
    return BuildFile.seal(bytes.toByteArray());
  }

  /**
   * Reads a compiled table: null when it was made from other bytes than {@code table}.
   *
   * @throws IOException if the bytes do not hold a whole compiled table
   */
  static WordClusters compiled(byte[] compiled, byte[] table) throws IOException {
    return compiled(compiled, MadeFrom.bytes(table));
  }

  /**
   * Reads a compiled table: null when {@code table} says it was made from another table.
   *
   * @throws IOException if the bytes do not hold a whole compiled table
   */
  static WordClusters compiled(byte[] compiled, MadeFrom table) throws IOException {
    ByteBuffer in = ByteBuffer.wrap(compiled); // big-endian, as DataOutputStream writes
    if (compiled.length < 4 + 4 + 8 + 4 + 4 + 4 + 8 || in.getInt() != FORMAT) {
      throw new IOException("not word clusters compiled in format " + FORMAT);
    }
    if (!table.is(in.getInt(), in.getLong())) {
      return null;
    }
    if (!BuildFile.intact(compiled)) {
      throw new IOException("compiled word clusters damaged: their CRC-32 does not match");
    }
    try {
      int levels = in.getInt();
      if (levels < 1 || levels > MAX_LEVELS) {
        throw new IOException(levels + " granularities: 1 to " + MAX_LEVELS + " are read");
      }
      int[] granularities = new int[levels];
      for (int i = 0; i < granularities.length; i++) {
        granularities[i] = in.getInt();
      }
      int n = in.getInt();
      int chars = in.getInt();
      if ((long) 2 * chars + 4L * n + 2L * n * granularities.length != compiled.length - 8 - in.position()) {
        throw new IOException(n + " forms of " + chars + " chars do not fill " + (compiled.length - 8 - in.position()) + " bytes");
      }
      StringIndex forms = StringIndex.read(in, n, chars);
      char[] clusters = new char[n * granularities.length];
      in.asCharBuffer().get(clusters);
      return new WordClusters(forms, clusters, granularities);
    } catch (RuntimeException e) { // counts that ask past the bytes, forms out of order, …
      throw new IOException("compiled word clusters damaged: " + e.getMessage(), e);
    }
  }

  /**
   * Parses a table's text: lines of tab-separated columns ({@code \r\n} ends too), {@code #} lines
   * are comments, the first other line the header.
   */
  static WordClusters parse(String name, String text) {
    int[] granularities = null;
    Map<String, char[]> features = new HashMap<>(64 * 1024);
    int row = 0;
    for (int start = 0, n = text.length(); start < n; ) {
      int next = text.indexOf('\n', start);
      if (next < 0) {
        next = n;
      }
      int end = next > start && text.charAt(next - 1) == '\r' ? next - 1 : next;
      if (end > start && text.charAt(start) != '#') {
        int tab = text.indexOf('\t', start);
        if (tab < 0 || tab > end) {
          throw new IllegalStateException(name + ": row " + row + " has no clusters");
        }
        if (granularities == null) {
          if (!text.startsWith("form\t", start)) {
            throw new IllegalStateException(name + ": the first row must be 'form' and the cluster counts");
          }
          String[] counts = text.substring(tab + 1, end).split("\t");
          granularities = new int[counts.length];
          for (int level = 0; level < counts.length; level++) {
            granularities[level] = Integer.parseInt(counts[level]);
            if (granularities[level] < 1 || granularities[level] > Character.MAX_VALUE) {
              throw new IllegalStateException(name + ": " + counts[level] + " clusters: 1 to " + (int) Character.MAX_VALUE + " are kept");
            }
          }
        } else {
          int levels = granularities.length;
          char[] f = new char[levels];
          int at = tab + 1;
          for (int level = 0; level < levels; level++) {
            int c = 0;
            int digits = 0;
            while (at < end && text.charAt(at) != '\t') {
              char d = text.charAt(at++);
              if (d < '0' || d > '9' || digits > 6) {
                throw new IllegalStateException(name + ": row " + row + ": not a cluster number");
              }
              c = c * 10 + (d - '0');
              digits++;
            }
            if ((level < levels - 1) != (at < end)) {
              int columns = 1;
              for (int i = start; i < end; i++) {
                columns += text.charAt(i) == '\t' ? 1 : 0;
              }
              throw new IllegalStateException(name + ": row " + row + " has " + columns + " columns, not " + (levels + 1));
            }
            if (digits == 0 || c >= granularities[level]) {
              throw new IllegalStateException(name + ": row " + row + ": no cluster " + c + " of " + granularities[level]);
            }
            f[level] = (char) c;
            at++;
          }
          features.put(text.substring(start, tab), f);
        }
        row++;
      }
      start = next + 1;
    }
    if (granularities == null) {
      throw new IllegalStateException(name + ": empty");
    }
    StringIndex forms = StringIndex.of(features.keySet());
    char[] clusters = new char[forms.size() * granularities.length];
    for (int i = 0; i < forms.size(); i++) {
      System.arraycopy(features.get(forms.string(i)), 0, clusters, i * granularities.length, granularities.length);
    }
    return new WordClusters(forms, clusters, granularities);
  }

  /** The feature strings of every cluster of each granularity ({@code c32=0} …), built once. */
  private static String[][] featureNames(int[] granularities) {
    String[][] names = new String[granularities.length][];
    for (int level = 0; level < names.length; level++) {
      int k = granularities[level];
      names[level] = new String[k];
      for (int c = 0; c < k; c++) {
        names[level][c] = "c" + k + "=" + c;
      }
    }
    return names;
  }

  /**
   * {@return the cluster features of a normalized form (or of its stem), or none} The array is
   * made once a form (twice at most, by two threads at once) and shared by the callers: read it,
   * never write it.
   */
  String[] of(String form) {
    int i = forms.indexOf(form);
    if (i < 0) {
      String stem = BengaliNameFeatures.stem(form);
      i = stem == null ? -1 : forms.indexOf(stem);
    }
    return i < 0 ? NONE : features(i);
  }

  private String[] features(int i) {
    Made m = made[i];
    if (m == null) {
      String[] f = new String[names.length];
      for (int level = 0; level < names.length; level++) {
        f[level] = names[level][clusters[i * names.length + level]];
      }
      made[i] = m = new Made(f);
    }
    return m.features;
  }

  /** {@return how many forms the table holds} */
  int size() {
    return forms.size();
  }
}
