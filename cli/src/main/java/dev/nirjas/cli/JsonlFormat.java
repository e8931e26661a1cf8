package dev.nirjas.cli;

import dev.nirjas.Annotation;
import dev.nirjas.json.AnnotationJson;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** The output contract: one JSON object per record and line (several lines with --pretty). */
final class JsonlFormat implements RecordFormat {
  private final AnnotationJson.Options options;

  JsonlFormat(AnnotationJson.Options options) {
    this.options = options;
  }

  @Override
  public String header() {
    return "";
  }

  @Override
  public byte[] document(Annotation a, String meta, long position) {
    // UTF-8 straight from the generator: no string of the record, no second pass to encode it.
    RecordBuffer out = buffers.get();
    try {
      AnnotationJson.write(a, options, meta, out);
      out.write('\n');
      return out.toByteArray();
    } finally {
      out.clear();
    }
  }

  /**
   * Each thread's buffer for its records' bytes, reused: a buffer made per record was sized for the
   * record's longest output (six bytes a char) and zeroed, some 50 MB over the Wikipedia corpus,
   * on top of the copy of what was written. Kept up to {@link RecordBuffer#KEPT} bytes, so a
   * thread holds no more after a long document.
   */
  private final ThreadLocal<RecordBuffer> buffers = ThreadLocal.withInitial(RecordBuffer::new);

  private static final class RecordBuffer extends ByteArrayOutputStream {
    static final int START = 1 << 16;
    static final int KEPT = 1 << 22;

    RecordBuffer() {
      super(START);
    }

    void clear() {
      reset();
      if (buf.length > KEPT) {
        buf = new byte[START];
      }
    }
  }

  @Override
  public byte[] error(String id, String message, long position) {
    return (AnnotationJson.error(id, message) + "\n").getBytes(StandardCharsets.UTF_8);
  }
}
