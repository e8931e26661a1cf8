package dev.nirjas.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarOutputStream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build file's source told by length and CRC-32: from bytes, from a file, from a jar's entry. */
class MadeFromTest {
  private static final byte[] SOURCE = "form\t32\nঢাকা\t1\n".getBytes(StandardCharsets.UTF_8);

  private static long crc(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return crc.getValue();
  }

  @Test
  void bytesAreTheirSourceByLengthAndCrc() {
    MadeFrom check = MadeFrom.bytes(SOURCE);
    assertThat(check.is(SOURCE.length, crc(SOURCE))).isTrue();
    assertThat(check.is(SOURCE.length + 1, crc(SOURCE))).isFalse();
    assertThat(check.is(SOURCE.length, crc(SOURCE) ^ 1)).isFalse();
  }

  @Test
  void aFileIsRead(@TempDir Path dir) throws IOException {
    Path file = Files.write(dir.resolve("t.tsv"), SOURCE);
    assertThat(MadeFrom.at(file.toUri().toURL()).is(SOURCE.length, crc(SOURCE))).isTrue();
    assertThat(MadeFrom.at(file.toUri().toURL()).is(SOURCE.length, crc(SOURCE) ^ 1)).isFalse();
    assertThat(MadeFrom.at(dir.resolve("missing.tsv").toUri().toURL()).is(0, 0)).isFalse();
    assertThat(MadeFrom.at(null).is(0, 0)).isFalse();
    assertThat(MadeFrom.resource(WordClusters.class, "no-such-table.tsv").is(0, 0)).isFalse();
  }

  /**
   * In a jar, the entry's recorded size and CRC answer: the stored bytes, changed behind the
   * jar's back, are not read (reading them would say no).
   */
  @Test
  void aJarEntryIsToldByWhatTheJarRecords(@TempDir Path dir) throws IOException {
    Path jar = dir.resolve("t.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      ZipEntry entry = new ZipEntry("dev/nirjas/entity/t.tsv");
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(SOURCE.length);
      entry.setCrc(crc(SOURCE));
      out.putNextEntry(entry);
      out.write(SOURCE);
      out.closeEntry();
    }
    URL url = new URL("jar:" + jar.toUri() + "!/dev/nirjas/entity/t.tsv");
    assertThat(MadeFrom.at(url).is(SOURCE.length, crc(SOURCE))).isTrue();
    assertThat(MadeFrom.at(url).is(SOURCE.length, crc(SOURCE) ^ 1)).isFalse();
    assertThat(MadeFrom.at(new URL("jar:" + jar.toUri() + "!/dev/nirjas/entity/other.tsv")).is(0, 0)).isFalse();

    byte[] all = Files.readAllBytes(jar);
    int at = indexOf(all, SOURCE);
    all[at] ^= 1; // the stored data, not the directory
    try (OutputStream o = Files.newOutputStream(jar)) {
      o.write(all);
    }
    assertThat(MadeFrom.at(url).is(SOURCE.length, crc(SOURCE))).isTrue();
  }

  private static int indexOf(byte[] all, byte[] part) {
    for (int i = 0; i + part.length <= all.length; i++) {
      if (java.util.Arrays.equals(all, i, i + part.length, part, 0, part.length)) {
        return i;
      }
    }
    throw new AssertionError("not stored as it is");
  }
}
