package dev.nirjas.bench;

import dev.nirjas.Document;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The documents a benchmark pushes through: real Bengali Wikipedia prose from
 * {@code ../shared/corpus/bnwiki-2018.jsonl} next to the project when it is there, else the
 * project's own {@code samples/texts/*.txt}.
 *
 * <p>Immutable once loaded; sizes are precomputed so that timing loops do no counting.
 */
public final class Corpus {
  /** Where the Wikipedia corpus lives, relative to the project root. */
  public static final String WIKI = "../shared/corpus/bnwiki-2018.jsonl";
  /** Where the fallback texts live, relative to the project root. */
  public static final String SAMPLES = "samples/texts";

  private final String source;
  private final List<Document> documents;
  private final long utf8Bytes;
  private final long chars;

  private Corpus(String source, List<Document> documents) {
    this.source = source;
    this.documents = List.copyOf(documents);
    long b = 0;
    long c = 0;
    for (Document d : this.documents) {
      b += utf8Length(d.text());
      c += d.text().length();
    }
    this.utf8Bytes = b;
    this.chars = c;
  }

  /** One line of the JSONL file; other fields are ignored. */
  record Article(String id, String title, String text) {}

  /** The whole corpus of the project found by {@link ProjectRoot#find()}. */
  public static Corpus load() {
    return load(ProjectRoot.find(), Limit.NONE);
  }

  /**
   * The first documents of the corpus of project {@code root}, in file order, up to {@code limit}.
   *
   * @throws IllegalStateException if neither the JSONL file nor any sample text exists
   */
  public static Corpus load(Path root, Limit limit) {
    Path wiki = root.resolve(WIKI).normalize();
    try {
      if (Files.isRegularFile(wiki)) {
        return new Corpus(wiki.toString(), readJsonl(wiki, limit));
      }
      Path samples = root.resolve(SAMPLES);
      List<Document> docs = readTexts(samples, limit);
      if (docs.isEmpty()) {
        throw new IllegalStateException("no corpus: neither " + wiki + " nor " + samples + "/*.txt");
      }
      return new Corpus(samples + "/*.txt", docs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Builds a corpus from documents already in memory (tests, the scaling check). */
  public static Corpus of(String source, List<Document> documents) {
    return new Corpus(source, documents);
  }

  static List<Document> readJsonl(Path file, Limit limit) throws IOException {
    JsonMapper mapper = JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
    List<Document> docs = new ArrayList<>();
    long bytes = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null && !limit.reached(docs.size(), bytes); ) {
        if (line.isBlank()) {
          continue;
        }
        Article a = mapper.readValue(line, Article.class);
        if (a.text() == null) {
          throw new IllegalStateException(file + ": a line without \"text\": "
              + line.substring(0, Math.min(80, line.length())));
        }
        docs.add(Document.of(a.id() == null ? String.valueOf(docs.size() + 1) : a.id(), a.text()));
        bytes += utf8Length(a.text());
      }
    }
    return docs;
  }

  static List<Document> readTexts(Path dir, Limit limit) throws IOException {
    List<Document> docs = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return docs;
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    long bytes = 0;
    for (Path f : files) {
      if (limit.reached(docs.size(), bytes)) {
        break;
      }
      String name = f.getFileName().toString();
      String text = Files.readString(f, StandardCharsets.UTF_8);
      docs.add(Document.of(name.substring(0, name.length() - ".txt".length()), text));
      bytes += utf8Length(text);
    }
    return docs;
  }

  /** Where the documents came from. */
  public String source() {
    return source;
  }

  /** The documents, in corpus order. */
  public List<Document> documents() {
    return documents;
  }

  /** The number of documents. */
  public int size() {
    return documents.size();
  }

  /** The UTF-8 size of all texts: the "bytes" of every MB/s figure. */
  public long utf8Bytes() {
    return utf8Bytes;
  }

  /** The UTF-16 length of all texts ({@link String#length()}): the "chars" of ns/char. */
  public long chars() {
    return chars;
  }

  /** The UTF-8 length of {@code s} without encoding it. */
  static long utf8Length(String s) {
    long n = 0;
    for (int i = 0, len = s.length(); i < len; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n += 1;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  /**
   * How much of the corpus to take: at most {@code documents} documents, and no more documents once
   * {@code bytes} UTF-8 bytes are reached (so the last one may pass the mark). Zero means no limit.
   *
   * @param documents maximum number of documents, 0 for all
   * @param bytes the UTF-8 size after which no further document is taken, 0 for all
   */
  public record Limit(int documents, long bytes) {
    /** The whole corpus. */
    public static final Limit NONE = new Limit(0, 0);

    /** Rejects negative limits. */
    public Limit {
      if (documents < 0 || bytes < 0) {
        throw new IllegalArgumentException("negative limit");
      }
    }

    boolean reached(int docsSoFar, long bytesSoFar) {
      return (documents > 0 && docsSoFar >= documents) || (bytes > 0 && bytesSoFar >= bytes);
    }
  }
}
