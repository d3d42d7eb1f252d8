package org.sitrep.acceptance;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * model and core are pure: no file, network or SQL access, no reading of the clock. Reading
 * classpath resources through a ClassLoader stays allowed (models and per-language data files). The
 * fronts go through app and never through one another, in the byte code and in the module poms.
 * Here, where every module is on the class path, the rules see them all.
 */
class ArchitectureTest {
  private static final String[] PURE = {"org.sitrep.model..", "org.sitrep.core.."};
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // cli's test jar (CliRun for SameAnswerTest) is tests too
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("org.sitrep");
  }

  private static final DescribedPredicate<JavaClass> FILE_IO =
      new DescribedPredicate<>("java.io.File* classes") {
        @Override
        public boolean test(JavaClass c) {
          return c.getPackageName().equals("java.io") && c.getSimpleName().startsWith("File");
        }
      };

  @Test
  void pureModulesDoNoFileNetworkOrSqlIo() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAnyPackage(PURE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.nio.file..", "java.sql..", "javax.sql..", "java.net..")
            .orShould()
            .dependOnClassesThat(FILE_IO)
            .because("I/O belongs to ingest, store, gazetteer and the edge (cli, server)");
    rule.check(classes);
  }

  @Test
  void pureModulesDoNotReadTheClock() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAnyPackage(PURE)
            .should()
            .callMethodWhere(
                target(name("now"))
                    .and(target(owner(JavaClass.Predicates.resideInAPackage("java.time")))))
            .orShould()
            .callMethod(System.class, "currentTimeMillis")
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(Clock.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(InstantSource.class)
            .because("dates are resolved against the document's publication date, never today");
    rule.check(classes);
  }

  @Test
  void layersPointInward() {
    noClasses()
        .that()
        .resideInAPackage("org.sitrep.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.sitrep.core..", "org.sitrep.store..", "org.sitrep.ingest..")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("org.sitrep.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.sitrep.store..",
            "org.sitrep.ingest..",
            "org.sitrep.gazetteer..",
            "org.sitrep.eval..",
            "org.sitrep.app..",
            "org.sitrep.wire..",
            "org.sitrep.cli..",
            "org.sitrep.server..")
        .check(classes);
    // Scoring against gold sets is not the pipeline's business: it lives in eval, used by the CLI.
    noClasses()
        .that()
        .resideInAnyPackage("org.sitrep.app..", "org.sitrep.server..", "org.sitrep.store..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.sitrep.eval..")
        .check(classes);
  }

  /** The fronts: each reaches the rest through the app layer, none through another front. */
  static final String[] FRONTS = {
    "org.sitrep.cli..", "org.sitrep.server..", "org.sitrep.stream..", "org.sitrep.bench.."
  };

  static final String[] BELOW_THE_FRONTS = {
    "org.sitrep.app..",
    "org.sitrep.wire..",
    "org.sitrep.eval..",
    "org.sitrep.core..",
    "org.sitrep.model..",
    "org.sitrep.store..",
    "org.sitrep.ingest..",
    "org.sitrep.gazetteer..",
    "org.sitrep.measure.."
  };

  @Test
  void nothingBelowTheFrontsKnowsAFront() {
    noClasses()
        .that()
        .resideInAnyPackage(BELOW_THE_FRONTS)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(FRONTS)
        .because("fronts → app → core/store/wire, never back")
        .check(classes);
  }

  @Test
  void noFrontDependsOnAnotherFront() {
    // `sitrep serve` finds the server at run time (org.sitrep.app.WebFront); the Flink job's
    // throughput is measured in stream itself; the dist module packages cli and server together.
    for (String front : FRONTS) {
      String[] others =
          java.util.Arrays.stream(FRONTS).filter(f -> !f.equals(front)).toArray(String[]::new);
      noClasses()
          .that()
          .resideInAPackage(front)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(others)
          .because("fronts → app → core/store/wire, never one front through another")
          .check(classes);
    }
  }

  /** The fronts' modules (dist only packages cli and server; acceptance only tests). */
  static final List<String> FRONT_MODULES = List.of("cli", "server", "stream", "bench");

  static final List<String> BELOW_THE_FRONTS_MODULES =
      List.of("model", "core", "wire", "gazetteer", "store", "ingest", "eval", "app", "measure");

  @Test
  void theModulePomsSayTheSame() throws IOException {
    Path root = Path.of(System.getProperty("sitrep.root", ".."));
    Assumptions.assumeTrue(Files.isRegularFile(root.resolve("pom.xml")), "the checkout's poms");
    for (String module : FRONT_MODULES) {
      String pom = Files.readString(root.resolve(module).resolve("pom.xml"));
      for (String other : FRONT_MODULES) {
        if (other.equals(module)) {
          continue; // its own artifactId
        }
        assertThat(pom)
            .as(module + "/pom.xml names sitrep-" + other)
            .doesNotContain("<artifactId>sitrep-" + other + "</artifactId>");
      }
    }
    for (String module : BELOW_THE_FRONTS_MODULES) {
      String pom = Files.readString(root.resolve(module).resolve("pom.xml"));
      for (String front : FRONT_MODULES) {
        assertThat(pom)
            .as(module + "/pom.xml names sitrep-" + front)
            .doesNotContain("<artifactId>sitrep-" + front + "</artifactId>");
      }
    }
    // dist is packaging: the CLI and the server in one jar, no code of its own
    assertThat(Files.readString(root.resolve("dist/pom.xml")))
        .contains("<artifactId>sitrep-cli</artifactId>", "<artifactId>sitrep-server</artifactId>");
    assertThat(root.resolve("dist/src/main")).doesNotExist();
  }

  @Test
  void onlyTheAppLayerAssemblesThePipelineOrWritesDocumentsToTheStore() {
    noClasses()
        .that()
        .resideInAnyPackage(FRONTS)
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.sitrep.core.pipeline.Pipelines")
        .orShould()
        .callMethod(
            org.sitrep.store.Store.class, "ingest", org.sitrep.core.extract.ExtractedDocument.class)
        .because("Assembly builds the pipeline once and IngestService is the one ingest step")
        .check(classes);
  }

  @Test
  void theRulesSeeTheCode() {
    // Guards against a rule passing because nothing was imported.
    assertThat(classes.containPackage("org.sitrep.core.text")).isTrue();
    assertThat(classes.containPackage("org.sitrep.model")).isTrue();
    assertThat(classes.containPackage("org.sitrep.store")).isTrue();
    assertThat(classes.containPackage("org.sitrep.app")).isTrue();
    assertThat(classes.containPackage("org.sitrep.wire")).isTrue();
    assertThat(classes.containPackage("org.sitrep.measure")).isTrue();
    for (String front : List.of("cli", "server", "stream", "bench")) {
      assertThat(classes.containPackage("org.sitrep." + front)).as(front).isTrue();
    }
  }
}
