package org.sitrep.wire;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sitrep.core.fusion.ControlState;
import org.sitrep.core.fusion.Report;

/** Renders a daily {@link Report} as Markdown or as a standalone HTML page. */
public final class ReportRenderer {
  private ReportRenderer() {}

  public static String markdown(Report r) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Situation report, ").append(r.day()).append("\n\n");
    section(sb, "Changes since " + r.day().minusDays(1), r.changes(), "No change reported.");
    section(sb, "Contested places", r.contested(), "None.");
    section(sb, "Casualties reported for the day", r.casualties(), "None reported.");
    sb.append("## Control on ").append(r.day()).append("\n\n");
    sb.append("| Place | Province | Controller | Status | Confidence | Since | Sources |\n");
    sb.append("|---|---|---|---|---|---|---|\n");
    for (ControlState s : r.control().states()) {
      sb.append("| ")
          .append(md(s.unit().name()))
          .append(" | ")
          .append(md(nz(s.unit().admin1())))
          .append(" | ")
          .append(md(s.controller()))
          .append(" | ")
          .append(s.status().wire())
          .append(" | ")
          .append(String.format(Locale.ROOT, "%.2f", s.confidence()))
          .append(" | ")
          .append(s.since())
          .append(" | ")
          .append(s.sources())
          .append(" |\n");
    }
    sb.append("\n## Sources\n\n");
    for (Report.Citation c : r.citations()) {
      sb.append("[")
          .append(c.number())
          .append("] ")
          .append(md(c.docId()))
          .append(" (")
          .append(c.start())
          .append("–")
          .append(c.end())
          .append("): “")
          .append(md(c.quote().replaceAll("\\s+", " ")))
          .append("”\n\n");
    }
    return sb.toString();
  }

  private static void section(
      StringBuilder sb, String title, List<Report.Line> lines, String none) {
    sb.append("## ").append(title).append("\n\n");
    if (lines.isEmpty()) {
      sb.append(none).append("\n\n");
      return;
    }
    for (Report.Line l : lines) {
      sb.append("- ").append(md(l.text())).append(refs(l.cites())).append('\n');
    }
    sb.append('\n');
  }

  private static String refs(List<Integer> cites) {
    return cites.isEmpty()
        ? ""
        : " " + cites.stream().map(n -> "[" + n + "]").collect(Collectors.joining());
  }

  public static String html(Report r) {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append("Situation report, ")
        .append(r.day())
        .append("</title>\n<style>body{font-family:sans-serif;max-width:60em;margin:auto}")
        .append("table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px}")
        .append(".contested{color:#a60}</style>\n</head>\n<body>\n<h1>Situation report, ")
        .append(r.day())
        .append("</h1>\n");
    hsection(sb, "Changes since " + r.day().minusDays(1), r.changes(), "No change reported.");
    hsection(sb, "Contested places", r.contested(), "None.");
    hsection(sb, "Casualties reported for the day", r.casualties(), "None reported.");
    sb.append("<h2>Control on ").append(r.day()).append("</h2>\n<table>\n");
    sb.append(
        "<tr><th>Place</th><th>Province</th><th>Controller</th><th>Status</th>"
            + "<th>Confidence</th><th>Since</th><th>Sources</th></tr>\n");
    for (ControlState s : r.control().states()) {
      sb.append("<tr class=\"")
          .append(s.status().wire())
          .append("\"><td>")
          .append(esc(s.unit().name()))
          .append("</td><td>")
          .append(esc(nz(s.unit().admin1())))
          .append("</td><td>")
          .append(esc(s.controller()))
          .append("</td><td>")
          .append(s.status().wire())
          .append("</td><td>")
          .append(String.format(Locale.ROOT, "%.2f", s.confidence()))
          .append("</td><td>")
          .append(s.since())
          .append("</td><td>")
          .append(s.sources())
          .append("</td></tr>\n");
    }
    sb.append("</table>\n<h2>Sources</h2>\n<ol>\n");
    for (Report.Citation c : r.citations()) {
      sb.append("<li id=\"src-")
          .append(c.number())
          .append("\"><code>")
          .append(esc(c.docId()))
          .append("</code> (")
          .append(c.start())
          .append("–")
          .append(c.end())
          .append("): <q>")
          .append(esc(c.quote()))
          .append("</q></li>\n");
    }
    sb.append("</ol>\n</body>\n</html>\n");
    return sb.toString();
  }

  private static void hsection(
      StringBuilder sb, String title, List<Report.Line> lines, String none) {
    sb.append("<h2>").append(esc(title)).append("</h2>\n");
    if (lines.isEmpty()) {
      sb.append("<p>").append(esc(none)).append("</p>\n");
      return;
    }
    sb.append("<ul>\n");
    for (Report.Line l : lines) {
      sb.append("<li>").append(esc(l.text()));
      for (int n : l.cites()) {
        sb.append(" <a href=\"#src-").append(n).append("\">[").append(n).append("]</a>");
      }
      sb.append("</li>\n");
    }
    sb.append("</ul>\n");
  }

  public static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<':
          b.append("&lt;");
          break;
        case '>':
          b.append("&gt;");
          break;
        case '&':
          b.append("&amp;");
          break;
        case '"':
          b.append("&quot;");
          break;
        default:
          b.append(c);
      }
    }
    return b.toString();
  }

  // Keeps table cells and list items intact (pipes and line breaks would break the Markdown), and
  // keeps quoted article text inert: raw HTML and link brackets would be rendered by a viewer.
  public static String md(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\', '|', '[', ']' -> b.append('\\').append(c);
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '\n', '\r' -> b.append(' ');
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
