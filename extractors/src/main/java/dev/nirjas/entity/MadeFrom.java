package dev.nirjas.entity;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URISyntaxException;
import java.net.URLConnection;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * Whether some bytes are the ones a file made at build time was made from, which it names by their
 * length and CRC-32 ({@code bn-names.tables} names {@code bn-names.bin}, {@code
 * bn-word-clusters.bin} names {@code bn-word-clusters.tsv}), so that a stale file beside a changed
 * source is never taken for it.
 */
@FunctionalInterface
interface MadeFrom {
  /** {@return whether the source has {@code length} bytes whose CRC-32 is {@code crc}} */
  boolean is(long length, long crc);

  /** {@return a check against these bytes} */
  static MadeFrom bytes(byte[] source) {
    return (length, crc) -> source.length == length && BuildFile.crc(source, 0, source.length) == crc;
  }

  /**
   * {@return a check against the resource {@code name} beside {@code anchor}} In a jar the entry's
   * own size and CRC-32 answer (the jar keeps both), so the resource is not read: the bundled model
   * and cluster table took 6–7 ms each to inflate at start. Elsewhere (a classes directory, a jar
   * within a jar) its bytes are read. A resource that is missing or cannot be read is no source.
   */
  static MadeFrom resource(Class<?> anchor, String name) {
    return at(anchor.getResource(name));
  }

  /** {@return a check against the file at {@code url}} (null: none), as {@link #resource} checks */
  static MadeFrom at(URL url) {
    return (length, crc) -> {
      if (url == null) {
        return false;
      }
      try {
        URLConnection connection = url.openConnection(); // connects to nothing yet
        if (connection instanceof JarURLConnection jar && "file".equals(jar.getJarFileURL().getProtocol())) {
          try (JarFile file = new JarFile(Path.of(jar.getJarFileURL().toURI()).toFile())) {
            ZipEntry entry = file.getEntry(jar.getEntryName());
            if (entry != null && entry.getSize() >= 0 && entry.getCrc() >= 0) {
              return entry.getSize() == length && entry.getCrc() == crc;
            }
          } catch (IOException | RuntimeException | URISyntaxException e) {
            // not a plain jar file after all: read the bytes
          }
        }
        try (InputStream in = url.openStream()) {
          return bytes(in.readAllBytes()).is(length, crc);
        }
      } catch (IOException e) {
        return false;
      }
    };
  }
}
