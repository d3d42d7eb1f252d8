package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.sitrep.app.Assembly;
import org.sitrep.core.fusion.ControlService;
import org.sitrep.core.fusion.FusedEvent;
import org.sitrep.core.fusion.Report;
import org.sitrep.core.fusion.SourceVote;
import org.sitrep.core.fusion.Timeline;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.wire.EventJson;
import org.sitrep.wire.FusionJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep timeline PLACE}: the control history of one place, with its evidence. */
@Command(
    name = "timeline",
    footer = {
      "",
      "Examples:",
      "  sitrep timeline Pul-e-Khumri",
      "  sitrep timeline --format json Panchir",
    },
    description = "Print the control history of one place and its evidence.")
final class TimelineCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin FusionInputs inputs;

  @Parameters(paramLabel = "PLACE", description = "Place id, district or province name, or town.")
  String place;

  @Option(names = "--format", defaultValue = "text", description = "text or json.")
  String format;

  @Option(
      names = "--gazetteer",
      paramLabel = "FILE",
      description =
          "Gazetteer for other spellings of PLACE (default: SITREP_GAZETTEER or"
              + " .sitrep/gazetteer/gazetteer.jsonl.gz); read only when PLACE is not found as"
              + " written.")
  java.nio.file.Path gazetteer;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    String f = format.toLowerCase(Locale.ROOT);
    if (!f.matches("text|json")) {
      throw new UsageException("--format must be text or json: " + format);
    }
    ControlService svc = inputs.service(spec.commandLine().getErr());
    // Other spellings as the API resolves them: through the gazetteer, loaded only when needed.
    Timeline t =
        svc.timeline(
                place,
                () -> Assembly.gazetteer(gazetteer == null ? Assembly.gazetteerFile() : gazetteer))
            .orElseThrow(
                () ->
                    new UsageException(
                        "no territorial evidence about "
                            + place
                            + " (nor about the places the gazetteer finds for it)"));
    if (f.equals("json")) {
      out.println(EventJson.write(FusionJson.timeline(t)));
    } else {
      out.print(text(t, svc));
    }
    out.flush();
    return Failures.OK;
  }

  static String text(Timeline t, ControlService svc) {
    StringBuilder sb = new StringBuilder();
    sb.append(t.unit().name());
    if (t.unit().admin1() != null && !t.unit().admin1().equals(t.unit().name())) {
      sb.append(", ").append(t.unit().admin1());
    }
    sb.append(" (")
        .append(t.unit().level().wire())
        .append(", ")
        .append(t.unit().id())
        .append(")\n\n");
    for (Timeline.Entry e : t.entries()) {
      sb.append(e.from())
          .append(" .. ")
          .append(e.to() == null ? "          " : e.to().toString())
          .append("  ")
          .append(Report.stateWords(e.state()))
          .append(String.format(Locale.ROOT, " (confidence %.2f", e.state().confidence()))
          .append(", since ")
          .append(e.state().since())
          .append(")");
      if (!e.newEventIds().isEmpty()) {
        sb.append("  new: ").append(String.join(" ", e.newEventIds()));
      }
      sb.append('\n');
    }
    sb.append("\nEvidence\n");
    for (FusedEvent fe : t.events()) {
      sb.append("\n")
          .append(fe.date().from())
          .append(fe.date().isSingleDay() ? "" : ".." + fe.date().to())
          .append("  ")
          .append(fe.territory().controllerAfter())
          .append(" took ")
          .append(fe.location() == null ? t.unit().name() : fe.location().name())
          .append("  [")
          .append(fe.claim().status().wire())
          .append("; ")
          .append(fe.independentSources())
          .append(" independent source(s), ")
          .append(fe.denyingSources())
          .append(" denying]\n");
      Map<String, String> voiceOf = new TreeMap<>();
      for (SourceVote v : fe.votes()) {
        v.eventIds().forEach(id -> voiceOf.put(id, v.voice().wire()));
      }
      for (Event m : fe.members()) {
        Evidence x = m.evidence().get(0);
        sb.append("  - ")
            .append(m.eventId())
            .append(" ")
            .append(voiceOf.getOrDefault(m.eventId(), m.claim().status().wire()))
            .append(m.claim().attributedTo() == null ? "" : " (" + m.claim().attributedTo() + ")")
            .append(" ")
            .append(x.docId())
            .append("@")
            .append(x.start())
            .append(": \"")
            .append(x.quote().replaceAll("\\s+", " "))
            .append("\"\n");
      }
    }
    return sb.toString();
  }
}
