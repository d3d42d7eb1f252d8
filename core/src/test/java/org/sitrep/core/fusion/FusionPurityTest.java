package org.sitrep.core.fusion;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** core.fusion stays pure: no clock, no files, no network, no database. */
class FusionPurityTest {
  private static final JavaClasses FUSION = importFusion();

  // Only this package's compiled classes: scanning the whole classpath is slow.
  private static JavaClasses importFusion() {
    try {
      java.nio.file.Path classes =
          java.nio.file.Path.of(
              FusionSettings.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPath(classes.resolve("org/sitrep/core/fusion"));
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void noFilesNetworkOrDatabase() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.net..", "java.nio.file..", "java.sql..", "java.net.http..")
        .check(FUSION);
  }

  @Test
  void noClock() {
    noClasses()
        .should()
        .callMethod(LocalDate.class, "now")
        .orShould()
        .callMethod(LocalDateTime.class, "now")
        .orShould()
        .callMethod(Instant.class, "now")
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo(Clock.class)
        .check(FUSION);
  }
}
