package onramp.onboarding;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import onramp.onboarding.decision.OnboardingException;

/**
 * The onboarding module's house rules: packages without cycles (the root package is a package like
 * the others), the production path free of the test-data makers and the harness, one exception
 * root, no Spring and no vendor SDK.
 */
@AnalyzeClasses(
    packages = "onramp.onboarding",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String ROOT = "onramp.onboarding";

  /** Each class belongs to its top-level package under onramp.onboarding, or to the root. */
  private static final SliceAssignment TOP_LEVEL_PACKAGES =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
          String name = javaClass.getPackageName();
          if (name.equals(ROOT)) {
            return SliceIdentifier.of("(root)");
          }
          if (name.startsWith(ROOT + ".")) {
            String rest = name.substring(ROOT.length() + 1);
            int dot = rest.indexOf('.');
            return SliceIdentifier.of(dot < 0 ? rest : rest.substring(0, dot));
          }
          return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
          return "the top-level packages of onramp.onboarding, its root package included";
        }
      };

  @ArchTest
  static final ArchRule packagesHaveNoCyclesRootIncluded =
      slices().assignedFrom(TOP_LEVEL_PACKAGES).should().beFreeOfCycles();

  @ArchTest
  static final ArchRule subPackagesHaveNoCycles =
      slices().matching("onramp.onboarding.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule theProductionPathNeverUsesTheTestDataMakersOrTheHarness =
      noClasses()
          .that()
          .resideInAnyPackage(
              "onramp.onboarding",
              "onramp.onboarding.application..",
              "onramp.onboarding.casefile..",
              "onramp.onboarding.decision..",
              "onramp.onboarding.licence..",
              "onramp.onboarding.i9..",
              "onramp.onboarding.identity..",
              "onramp.onboarding.policy..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("onramp.onboarding.corpus..", "onramp.onboarding.eval..");

  @ArchTest
  static final ArchRule everyExceptionOfTheModuleExtendsOnboardingException =
      classes()
          .that()
          .areAssignableTo(Throwable.class)
          .should()
          .beAssignableTo(OnboardingException.class);

  @ArchTest
  static final ArchRule noSpringAnywhere =
      noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..");

  @ArchTest
  static final ArchRule noVendorSdk =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.anthropic..", "software.amazon..");
}
