package org.sitrep.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The bench front reaches the rest of sitrep through the app layer, never through another front
 * (acceptance's ArchitectureTest holds the rules for all modules). A dependency on a class that is
 * not on this module's classpath still shows in the byte code, so the rule holds even then.
 */
class LayersTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.sitrep.bench");

  @Test
  void noOtherFrontIsUsed() {
    assertThat(CLASSES.containPackage("org.sitrep.bench")).isTrue();
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.sitrep.cli..", "org.sitrep.server..", "org.sitrep.stream..")
        .because("fronts → app → core/store/wire; the bench module depends on app, not on cli")
        .check(CLASSES);
  }

  @Test
  void thePipelineIsAssembledByTheAppLayer() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.sitrep.core.pipeline.Pipelines")
        .because("Assembly loads the resources once and builds the pipeline")
        .check(CLASSES);
    // The bare OpenNLP baseline loads the model files itself, by design: it is what sitrep is
    // measured against (scripts/bench compare), not a second way to build sitrep's pipeline.
    noClasses()
        .that()
        .haveNameNotMatching(
            ".*\\.(BareOpenNlp|Compare|BenchMain\\$(CompareBare|StartupRun))(\\$.*)?")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.sitrep.core.text.NlpModels")
        .because("Assembly loads the resources once and builds the pipeline")
        .check(CLASSES);
  }
}
