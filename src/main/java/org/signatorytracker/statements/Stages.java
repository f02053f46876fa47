package org.signatorytracker.statements;

import static org.signatorytracker.common.Text.blankToNull;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.signatorytracker.common.CitedSource;
import org.signatorytracker.common.FieldError;
import org.signatorytracker.common.PartialDate;
import org.signatorytracker.common.Source;
import org.signatorytracker.common.Sources;
import org.signatorytracker.common.UncertainDate;

/**
 * A statement's life, the one home of its rules: how its stages are stored and checked, which stage
 * it has reached, the date a delivery gives it, and how answers say where it stands ("circulating
 * since late June 2022, reported 19 July 2022, delivery not known").
 */
public final class Stages {

  private Stages() {}

  /**
   * What an answer reads of a stage: which, when (null: not known), and when its sources first
   * reported it (the earliest publication date among them; null when none gives one).
   */
  public record Facts(LifeStage stage, UncertainDate date, PartialDate reported) {}

  /** The statement's stages, with their sources, in the order given. */
  public static List<Stage> of(Statement s) {
    Map<LifeStage, List<Source>> sources = new EnumMap<>(LifeStage.class);
    for (StageSource source : s.stageSources) {
      sources.computeIfAbsent(source.stage, k -> new ArrayList<>()).add(source.source.toSource());
    }
    return s.stages.stream()
        .map(t -> new Stage(t.stage, t.date(), sources.get(t.stage), t.note))
        .toList();
  }

  /** Stores the stages on the statement, replacing what it had (nothing when unchanged). */
  static void set(Statement s, List<Stage> stages) {
    if (of(s).equals(normalised(stages))) {
      return;
    }
    s.stages.clear();
    s.stageSources.clear();
    for (Stage stage : stages) {
      s.stages.add(StoredStage.of(stage.stage(), stage.date(), blankToNull(stage.note())));
      for (Source source : stage.sources()) {
        s.stageSources.add(StageSource.of(stage.stage(), CitedSource.of(source)));
      }
    }
  }

  /** The stages as they would be stored: blank notes none, sources as stored. */
  static List<Stage> normalised(List<Stage> stages) {
    return stages.stream()
        .map(
            t ->
                new Stage(
                    t.stage(),
                    t.date(),
                    t.sources().stream().map(CitedSource::of).map(CitedSource::toSource).toList(),
                    blankToNull(t.note())))
        .toList();
  }

  /**
   * What is wrong with a statement's stages beyond their fields' constraints, each problem naming
   * its field: a stage given twice, a source that identifies nothing, a delivery dated before the
   * letter began to circulate.
   */
  public static List<FieldError> problems(List<Stage> stages) {
    List<FieldError> errors = new ArrayList<>();
    if (stages == null) {
      return errors;
    }
    Map<LifeStage, Integer> seen = new EnumMap<>(LifeStage.class);
    for (int i = 0; i < stages.size(); i++) {
      Stage stage = stages.get(i);
      if (stage == null || stage.stage() == null) {
        continue;
      }
      String at = "stages[" + i + "]";
      if (seen.putIfAbsent(stage.stage(), i) != null) {
        errors.add(
            new FieldError(
                at + ".stage",
                stage.stage() + " is given twice; a statement goes through each stage once",
                stage.stage().name()));
      }
      for (FieldError e : Sources.problemsWith(stage.sources())) {
        errors.add(new FieldError(at + "." + e.field(), e.message()));
      }
    }
    Stage circulating = find(stages, LifeStage.CIRCULATING);
    Stage delivered = find(stages, LifeStage.DELIVERED);
    if (circulating != null
        && delivered != null
        && circulating.date() != null
        && delivered.date() != null
        && circulating.date().earliest() != null
        && delivered.date().latest().isBefore(circulating.date().earliest())) {
      errors.add(
          new FieldError(
              "stages[" + stages.indexOf(delivered) + "].date",
              "is before the letter began to circulate (" + circulating.date() + ")",
              delivered.date().toString()));
    }
    return errors;
  }

  private static Stage find(List<Stage> stages, LifeStage which) {
    return stages.stream().filter(t -> t != null && t.stage() == which).findFirst().orElse(null);
  }

  /** The date a delivery gives the statement, when its stages date one; else null. */
  static UncertainDate deliveredOn(List<Stage> stages) {
    Stage delivered = stages == null ? null : find(stages, LifeStage.DELIVERED);
    return delivered == null ? null : delivered.date();
  }

  /** What answers read of the stages. */
  public static List<Facts> facts(List<Stage> stages) {
    return stages.stream()
        .map(
            t ->
                new Facts(
                    t.stage(),
                    t.date(),
                    t.sources().stream()
                        .map(Source::published)
                        .filter(Objects::nonNull)
                        .min(PartialDate::compareTo)
                        .orElse(null)))
        .toList();
  }

  /** The furthest stage a statement has reached (in the stages' order); null for none recorded. */
  public static LifeStage reached(List<Facts> stages) {
    return stages.stream().map(Facts::stage).max(LifeStage::compareTo).orElse(null);
  }

  /**
   * Where the statement stands, as a sentence: "circulating since late June 2022, reported 19 July
   * 2022, delivery not known"; null when no stage is recorded. A stage without a date says so; a
   * statement neither delivered nor abandoned says its delivery is not known; "reported" is the
   * earliest date its stages' sources were published, said unless a dated delivery or a publication
   * says when it became public.
   */
  public static String summary(List<Facts> stages) {
    if (stages == null || stages.isEmpty()) {
      return null;
    }
    Map<LifeStage, Facts> by = new EnumMap<>(LifeStage.class);
    stages.forEach(t -> by.putIfAbsent(t.stage(), t));
    LifeStage reached = reached(stages);
    List<String> parts = new ArrayList<>();
    Facts circulating = by.get(LifeStage.CIRCULATING);
    if (circulating != null) {
      boolean still = reached == LifeStage.CIRCULATING;
      parts.add(
          circulating.date() == null
              ? (still ? "circulating, since when not known" : "circulated")
              : (still ? "circulating since " : "circulated from ") + circulating.date().phrase());
    }
    PartialDate reported =
        stages.stream()
            .map(Facts::reported)
            .filter(Objects::nonNull)
            .min(PartialDate::compareTo)
            .orElse(null);
    Facts delivered = by.get(LifeStage.DELIVERED);
    boolean knownWhenPublic =
        by.containsKey(LifeStage.PUBLISHED) || (delivered != null && delivered.date() != null);
    if (reported != null && !knownWhenPublic) {
      parts.add("reported " + reported.phrase());
    }
    if (delivered != null) {
      parts.add(dated("delivered", delivered));
    } else if (!by.containsKey(LifeStage.ABANDONED)) {
      parts.add("delivery not known");
    }
    if (by.containsKey(LifeStage.PUBLISHED)) {
      parts.add(dated("published", by.get(LifeStage.PUBLISHED)));
    }
    if (by.containsKey(LifeStage.ABANDONED)) {
      parts.add(dated("reported abandoned", by.get(LifeStage.ABANDONED)));
    }
    return String.join(", ", parts);
  }

  private static String dated(String what, Facts stage) {
    return stage.date() == null ? what + ", date not known" : what + " " + stage.date().phrase();
  }

  /**
   * The stages packed for a version of the statement ({@code STAGE|date|reported;…}, an empty field
   * for an unknown date): what an answer as recorded then reads of them. Null for none.
   */
  static String pack(List<Stage> stages) {
    if (stages.isEmpty()) {
      return null;
    }
    List<String> packed = new ArrayList<>();
    for (Facts t : facts(stages)) {
      packed.add(
          t.stage()
              + "|"
              + (t.date() == null ? "" : t.date())
              + "|"
              + (t.reported() == null ? "" : t.reported()));
    }
    return String.join(";", packed);
  }

  /** The stages a version packed ({@link #pack}); empty for none. */
  public static List<Facts> unpack(String packed) {
    if (packed == null || packed.isEmpty()) {
      return List.of();
    }
    List<Facts> stages = new ArrayList<>();
    for (String stage : packed.split(";")) {
      String[] fields = stage.split("\\|", -1);
      stages.add(
          new Facts(
              LifeStage.valueOf(fields[0]),
              fields[1].isEmpty() ? null : UncertainDate.parse(fields[1]),
              fields[2].isEmpty() ? null : PartialDate.parse(fields[2])));
    }
    return stages;
  }
}
