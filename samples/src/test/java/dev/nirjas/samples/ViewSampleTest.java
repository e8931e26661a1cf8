package dev.nirjas.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view example writes the page of a sample text and says where it is. */
class ViewSampleTest {
  @TempDir Path dir;

  @Test
  void writesTheSampleArticlesPage() throws Exception {
    Path page = dir.resolve("china-belgium.html");
    PrintStream saved = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      ViewSample.main(new String[] {"texts/china-belgium.txt", page.toString()});
    } finally {
      System.setOut(saved);
    }
    assertThat(out.toString(StandardCharsets.UTF_8).strip()).isEqualTo(page.toAbsolutePath().toUri().toString());
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>")
        .contains("<title>china-belgium.txt · Nirjas</title>")
        .contains(">১৯৭১ সালের ২৫ অক্টোবর</mark>")
        .contains("id=\"timeline\"");
  }
}
