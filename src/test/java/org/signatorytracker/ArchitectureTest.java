package org.signatorytracker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The packages' layering holds by itself: a package uses only the packages below it, no packages
 * form a cycle, and no entity crosses HTTP (none in a resource's signature). Plain JUnit on the
 * compiled classes; no Quarkus starts.
 */
@Tag("unit")
class ArchitectureTest {

  static final String ROOT = "org.signatorytracker";

  /** The packages from the bottom up: each may use those before it, never one after it. */
  static final List<String> LAYERS =
      List.of(
          "common",
          "security",
          "states",
          "statements",
          "positions",
          "reports",
          "transfer",
          "analysis",
          "operations",
          "web");

  static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(ROOT);

  @Test
  void aPackageUsesOnlyThePackagesBelowIt() {
    for (int i = 0; i < LAYERS.size() - 1; i++) {
      List<String> above = new ArrayList<>();
      for (String higher : LAYERS.subList(i + 1, LAYERS.size())) {
        above.add(ROOT + "." + higher + "..");
      }
      noClasses()
          .that()
          .resideInAPackage(ROOT + "." + LAYERS.get(i) + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(above.toArray(String[]::new))
          .because(
              LAYERS.get(i)
                  + " lies below "
                  + String.join(", ", LAYERS.subList(i + 1, LAYERS.size())))
          .check(CLASSES);
    }
  }

  @Test
  void noPackagesFormACycle() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void noEntityCrossesHttp() {
    methods()
        .that()
        .areDeclaredInClassesThat()
        .areAnnotatedWith(Path.class)
        .and()
        .arePublic()
        .should(takeAndGiveNoEntity())
        .check(CLASSES);
  }

  /** Neither the return type nor a parameter of the method is an entity (or a type argument). */
  private static ArchCondition<JavaMethod> takeAndGiveNoEntity() {
    return new ArchCondition<>("take and give no entity") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        List<JavaClass> types = new ArrayList<>(method.getReturnType().getAllInvolvedRawTypes());
        method.getParameterTypes().forEach(t -> types.addAll(t.getAllInvolvedRawTypes()));
        for (JavaClass type : types) {
          if (type.isAnnotatedWith(Entity.class)) {
            events.add(
                SimpleConditionEvent.violated(
                    method,
                    method.getFullName() + " takes or gives the entity " + type.getSimpleName()));
          }
        }
      }
    };
  }

  /**
   * No class of the service is longer than this: a class that grows beyond it is split by question.
   */
  static final int MAX_LINES = 400;

  @Test
  void noClassIsOverFourHundredLines() throws IOException {
    List<String> tooLong = new ArrayList<>();
    try (Stream<java.nio.file.Path> files = Files.walk(java.nio.file.Path.of("src/main/java"))) {
      for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        long lines;
        try (Stream<String> read = Files.lines(file)) {
          lines = read.count();
        }
        if (lines > MAX_LINES) {
          tooLong.add(file + ": " + lines + " lines");
        }
      }
    }
    assertThat(tooLong).as("classes over " + MAX_LINES + " lines").isEmpty();
  }
}
