package dev.nirjas.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs {@code nirjas extract} in process for the CLI tests: exit code, output records, stderr. */
final class CliRun {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private CliRun() {}

  /** What a run gave: its exit code, the output's bytes and records, and what it printed on stderr. */
  record Run(int code, byte[] output, List<JsonNode> records, String err) {}

  /** Runs {@code extract --output=DIR/out.jsonl ARGS…}. */
  static Run extract(Path dir, String... args) throws IOException {
    Path out = dir.resolve("out.jsonl");
    Files.deleteIfExists(out);
    String[] all = new String[args.length + 2];
    all[0] = "extract";
    all[1] = "--output=" + out;
    System.arraycopy(args, 0, all, 2, args.length);
    PrintStream savedErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = Main.run(all);
    } finally {
      System.setErr(savedErr);
    }
    byte[] bytes = Files.exists(out) ? Files.readAllBytes(out) : new byte[0];
    List<JsonNode> records = new String(bytes, StandardCharsets.UTF_8).lines().map(JSON::readTree).toList();
    return new Run(code, bytes, records, err.toString(StandardCharsets.UTF_8));
  }

  /** Writes {@code content} to {@code dir/name}. */
  static Path file(Path dir, String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, content);
    return p;
  }
}
