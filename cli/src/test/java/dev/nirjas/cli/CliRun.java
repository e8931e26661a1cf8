package dev.nirjas.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;

/** Runs the command line in process for the CLI tests: exit code, output records, stderr. */
final class CliRun {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private CliRun() {}

  /** What a run gave: its exit code, the output's bytes and records, and what it printed on stderr. */
  record Run(int code, byte[] output, List<JsonNode> records, String err) {
    String text() {
      return new String(output, StandardCharsets.UTF_8);
    }
  }

  /** What the command line printed: its exit code, standard output and standard error. */
  record Console(int code, String out, String err) {
    /** The JSON values of {@code out}, one after another (one a line, or several lines each with --pretty). */
    List<JsonNode> records() {
      List<JsonNode> all = new ArrayList<>();
      try (MappingIterator<JsonNode> it = JSON.readerFor(JsonNode.class).readValues(out)) {
        it.forEachRemaining(all::add);
      }
      return all;
    }
  }

  /** Runs the command line with these arguments and standard input, capturing its output and error. */
  static Console console(InputStream stdin, String... args) {
    PrintStream savedOut = System.out;
    PrintStream savedErr = System.err;
    InputStream savedIn = System.in;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      System.setIn(stdin);
      code = Main.run(args);
    } finally {
      System.setOut(savedOut);
      System.setErr(savedErr);
      System.setIn(savedIn);
    }
    return new Console(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Runs {@code extract --output=DIR/out.jsonl ARGS…}. */
  static Run extract(Path dir, String... args) throws IOException {
    Path out = dir.resolve("out.jsonl");
    Files.deleteIfExists(out);
    String[] all = new String[args.length + 2];
    all[0] = "extract";
    all[1] = "--output=" + out;
    System.arraycopy(args, 0, all, 2, args.length);
    return run(out, InputStream.nullInputStream(), all);
  }

  /**
   * Runs the command line with these arguments and standard input, and reads {@code out} after
   * (the records when it is JSON Lines; none otherwise).
   */
  static Run run(Path out, InputStream stdin, String... args) throws IOException {
    Console console = console(stdin, args);
    byte[] bytes = Files.exists(out) ? Files.readAllBytes(out) : new byte[0];
    String name = out.getFileName().toString();
    List<JsonNode> records = name.endsWith(".jsonl")
        ? new String(bytes, StandardCharsets.UTF_8).lines().map(JSON::readTree).toList() : List.of();
    return new Run(console.code(), bytes, records, console.err());
  }

  /** Writes {@code content} to {@code dir/name}. */
  static Path file(Path dir, String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, content);
    return p;
  }

  /** Writes {@code content} as UTF-8 to {@code dir/name}. */
  static Path file(Path dir, String name, String content) throws IOException {
    return file(dir, name, content.getBytes(StandardCharsets.UTF_8));
  }
}
