package org.sitrep.cli;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.InstantSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * model and core are pure: no file, network or SQL access, no reading of the clock. Reading
 * classpath resources through a ClassLoader stays allowed (models and per-language data files).
 */
class ArchitectureTest {
  private static final String[] PURE = {"org.sitrep.model..", "org.sitrep.core.."};
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
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
    "org.sitrep.gazetteer.."
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
    // The one exception: `sitrep serve` starts the server, so cli may depend on server.
    noClasses()
        .that()
        .resideInAPackage("org.sitrep.server..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.sitrep.cli..", "org.sitrep.stream..", "org.sitrep.bench..")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("org.sitrep.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.sitrep.stream..", "org.sitrep.bench..")
        .check(classes);
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
    org.assertj.core.api.Assertions.assertThat(classes.containPackage("org.sitrep.core.text"))
        .isTrue();
    org.assertj.core.api.Assertions.assertThat(classes.containPackage("org.sitrep.model")).isTrue();
    org.assertj.core.api.Assertions.assertThat(classes.containPackage("org.sitrep.store")).isTrue();
    org.assertj.core.api.Assertions.assertThat(classes.containPackage("org.sitrep.app")).isTrue();
    org.assertj.core.api.Assertions.assertThat(classes.containPackage("org.sitrep.wire")).isTrue();
    org.assertj.core.api.Assertions.assertThat(classes.containPackage("org.sitrep.server"))
        .isTrue();
  }
}
