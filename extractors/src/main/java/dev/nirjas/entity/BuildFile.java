package dev.nirjas.entity;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * A file the build writes beside a bundled resource ({@code bn-names.tables} beside the name
 * model, {@code bn-word-clusters.bin} beside the clusters' table): its body, then the CRC-32 of the
 * body, so that a damaged file is told from a good one before its counts are believed. Which source
 * it was made from, its body's header names, and {@link MadeFrom} checks.
 */
final class BuildFile {
  private BuildFile() {}

  /** {@return the CRC-32 of {@code bytes[from, from + length)}} */
  static long crc(byte[] bytes, int from, int length) {
    CRC32 crc = new CRC32();
    crc.update(bytes, from, length);
    return crc.getValue();
  }

  /** {@return the body followed by its CRC-32, eight bytes big-endian} */
  static byte[] seal(byte[] body) {
    byte[] file = Arrays.copyOf(body, body.length + 8);
    ByteBuffer.wrap(file, body.length, 8).putLong(crc(body, 0, body.length));
    return file;
  }

  /** {@return whether {@code file} ends with the CRC-32 of all before it, as {@link #seal} wrote it} */
  static boolean intact(byte[] file) {
    return file.length >= 8
        && crc(file, 0, file.length - 8) == ByteBuffer.wrap(file, file.length - 8, 8).getLong();
  }
}
