package dev.switchboard.processor.table;

import dev.switchboard.processor.diag.Names;
import dev.switchboard.processor.handlers.Deployment;
import dev.switchboard.processor.handlers.HandlerModel;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes {@value Names#MANIFEST}, the handler list for build tools, and the service file through which
 * the runtime finds the table. The manifest is JSON, sorted by handler name, in a fixed layout.
 */
public final class ManifestWriter {
  /** Bumped when a field changes meaning or goes away; new fields do not bump it. */
  static final int FORMAT_VERSION = 1;

  private final Filer filer;
  private final Elements elements;

  public ManifestWriter(Filer filer, Elements elements) {
    this.filer = filer;
    this.elements = elements;
  }

  /** The manifest text; {@code handlers} are sorted by name. */
  String manifest(String tableClass, List<HandlerModel> handlers) {
    StringBuilder json = new StringBuilder();
    json.append("{\n");
    json.append("  \"formatVersion\": ").append(FORMAT_VERSION).append(",\n");
    json.append("  \"table\": ").append(quote(tableClass)).append(",\n");
    json.append("  \"handlers\": [");
    for (int i = 0; i < handlers.size(); i++) {
      HandlerModel h = handlers.get(i);
      json.append(i == 0 ? "\n" : ",\n");
      json.append("    {\n");
      field(json, "name", quote(h.name()));
      field(json, "class", quote(h.ownerBinaryName(elements)));
      field(json, "method", quote(h.method().getSimpleName().toString()));
      field(json, "static", Boolean.toString(h.isStatic()));
      field(json, "kind", quote(h.kind()));
      field(json, "eventType", h.eventType() == null ? "null" : quote(h.eventType().toString()));
      field(json, "returnType", quote(h.returnType().toString()));
      field(json, "context", Boolean.toString(h.takesContext()));
      field(json, "eventCodec", h.eventCodec() == null ? "null" : quote(h.eventCodec().kind()));
      field(json, "resultCodec", h.resultCodec() == null ? "null" : quote(h.resultCodec().kind()));
      Deployment d = h.deployment();
      field(json, "memory", Integer.toString(d.memory()));
      field(json, "timeout", Integer.toString(d.timeout()));
      field(json, "architecture", quote(d.architecture()));
      json.append("      \"events\": [");
      for (int e = 0; e < d.events().size(); e++) {
        json.append(e == 0 ? "\n" : ",\n").append("        {");
        int f = 0;
        for (Map.Entry<String, Object> entry : d.events().get(e).entrySet()) {
          json.append(f++ == 0 ? "" : ", ").append(quote(entry.getKey())).append(": ").append(value(entry.getValue()));
        }
        json.append('}');
      }
      json.append(d.events().isEmpty() ? "]\n" : "\n      ]\n");
      json.append("    }");
    }
    json.append(handlers.isEmpty() ? "]\n" : "\n  ]\n");
    json.append("}\n");
    return json.toString();
  }

  public void write(String tableClass, List<HandlerModel> handlers) throws IOException {
    Element[] origins = handlers.stream().map(HandlerModel::owner).distinct().toArray(Element[]::new);
    writeResource(Names.MANIFEST, manifest(tableClass, handlers), origins);
    writeResource(Names.SERVICE_FILE, tableClass + "\n", origins);
  }

  private void writeResource(String path, String content, Element[] origins) throws IOException {
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, origins);
    try (Writer writer = file.openWriter()) {
      writer.write(content);
    }
  }

  private static String value(Object value) {
    if (value instanceof List<?> list) {
      StringBuilder out = new StringBuilder("[");
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "" : ", ").append(value(list.get(i)));
      }
      return out.append(']').toString();
    }
    return value instanceof String s ? quote(s) : String.valueOf(value);
  }

  private static void field(StringBuilder json, String name, String value) {
    json.append("      \"").append(name).append("\": ").append(value).append(",\n");
  }

  static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"').toString();
  }
}
