package onramp.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The gateway's boundaries, checked on its production classes: vendor SDKs only inside their
 * adapter, the fake vendor and the benchmark never reached by the governed path, no package cycles
 * (the root package, which holds the port and its types, included), no Spring.
 */
@AnalyzeClasses(packages = "onramp.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** Each first-level package is a slice, and so is the root package with the port's types. */
  private static final SliceAssignment FIRST_LEVEL_PACKAGES =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
          String name = c.getPackageName();
          if (!name.equals("onramp.gateway") && !name.startsWith("onramp.gateway.")) {
            return SliceIdentifier.ignore();
          }
          String rest = name.substring("onramp.gateway".length());
          return rest.isEmpty()
              ? SliceIdentifier.of("onramp.gateway")
              : SliceIdentifier.of("onramp.gateway." + rest.substring(1).split("\\.", 2)[0]);
        }

        @Override
        public String getDescription() {
          return "onramp.gateway and each package below it";
        }
      };

  @ArchTest
  static final ArchRule packagesAreFreeOfCyclesTheRootPackageIncluded =
      slices().assignedFrom(FIRST_LEVEL_PACKAGES).should().beFreeOfCycles();

  @ArchTest
  static final ArchRule subPackagesAreFreeOfCycles =
      slices().matching("onramp.gateway.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule theAnthropicSdkIsUsedOnlyByItsAdapter =
      noClasses()
          .that()
          .resideOutsideOfPackage("onramp.gateway.adapter.anthropic..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.anthropic..", "software.amazon..");

  @ArchTest
  static final ArchRule adaptersAreChosenOnlyByTheConfiguration =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "onramp.gateway.adapter..", "onramp.gateway.config..", "onramp.gateway.bench..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("onramp.gateway.adapter..");

  @ArchTest
  static final ArchRule theGovernedPathNeverReachesTheFakeVendorOrTheBenchmark =
      noClasses()
          .that()
          .resideOutsideOfPackages("onramp.gateway.fake..", "onramp.gateway.bench..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("onramp.gateway.fake..", "onramp.gateway.bench..");

  @ArchTest
  static final ArchRule springStaysInTheApp =
      noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..");
}
