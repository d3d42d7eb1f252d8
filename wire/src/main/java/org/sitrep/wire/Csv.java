package org.sitrep.wire;

import java.util.List;

/** RFC 4180 CSV: CRLF line ends; a field with a comma, quote or line break is quoted. */
public final class Csv {
  private Csv() {}

  public static String field(String s) {
    if (s == null) {
      return "";
    }
    if (s.indexOf(',') >= 0
        || s.indexOf('"') >= 0
        || s.indexOf('\n') >= 0
        || s.indexOf('\r') >= 0) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }

  public static void row(StringBuilder sb, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(field(fields.get(i)));
    }
    sb.append("\r\n");
  }
}
