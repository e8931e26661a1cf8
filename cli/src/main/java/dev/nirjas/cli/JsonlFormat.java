package dev.nirjas.cli;

import dev.nirjas.Annotation;
import dev.nirjas.json.AnnotationJson;
import java.io.StringWriter;

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
  public String document(Annotation a, String meta, long position) {
    StringWriter w = new StringWriter(256 + a.text().length() / 2);
    AnnotationJson.write(a, options, meta, w);
    w.write('\n');
    return w.toString();
  }

  @Override
  public String error(String id, String message, long position) {
    return AnnotationJson.error(id, message) + "\n";
  }
}
