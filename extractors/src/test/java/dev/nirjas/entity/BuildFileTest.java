package dev.nirjas.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A build file's seal: its body's CRC-32 after it, which any changed byte breaks. */
class BuildFileTest {
  @Test
  void aSealedBodyIsIntactAndAnyChangedByteIsNot() {
    byte[] body = "format 1: চীন ১৯৭১".getBytes(StandardCharsets.UTF_8);
    byte[] file = BuildFile.seal(body);

    assertThat(file).hasSize(body.length + 8).startsWith(body);
    assertThat(BuildFile.intact(file)).isTrue();
    for (int i = 0; i < file.length; i++) {
      byte[] changed = file.clone();
      changed[i] ^= 1;
      assertThat(BuildFile.intact(changed)).as("byte " + i).isFalse();
    }
    assertThat(BuildFile.intact(Arrays.copyOf(file, file.length - 1))).isFalse();
    assertThat(BuildFile.intact(new byte[7])).isFalse();
    assertThat(BuildFile.intact(BuildFile.seal(new byte[0]))).isTrue();
    assertThat(BuildFile.crc("123456789".getBytes(StandardCharsets.US_ASCII), 0, 9)).isEqualTo(0xCBF43926L); // CRC-32's check value
  }
}
