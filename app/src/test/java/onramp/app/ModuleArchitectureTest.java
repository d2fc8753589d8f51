package onramp.app;

import static com.tngtech.archunit.base.DescribedPredicate.or;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules between modules, on every production class of the build: the arrows of
 * shared/DESIGN.md, vendor SDKs only in the gateway's adapter, Spring only in the app, and the
 * test-data makers and benchmarks out of reach of what runs in production (the web app, {@code
 * serve}, {@code verify}, {@code mask}). Each module's own ArchitectureTest holds its inner rules.
 */
@AnalyzeClasses(packages = "onramp", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleArchitectureTest {

  /** Test-data makers, their evaluation harness and the benchmarks. */
  static final String[] MAKERS_AND_BENCHMARKS = {
    "onramp.onboarding.corpus..",
    "onramp.onboarding.eval..",
    "onramp.documents.synthetic..",
    "onramp.documents.specimen..",
    "onramp.documents.bench..",
    "onramp.gateway.bench..",
    "onramp.gateway.fake..",
    "onramp.workspace.files.bench..",
    "onramp.app.cli.bench..",
    "onramp.app.demo..",
    "onramp.devtools.bench.."
  };

  @ArchTest
  static final ArchRule modulesFollowTheArrowsOfTheDesign =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("app")
          .definedBy("onramp.app..")
          .layer("onboarding")
          .definedBy("onramp.onboarding..")
          .layer("documents")
          .definedBy("onramp.documents..")
          .layer("workspace")
          .definedBy("onramp.workspace..")
          .layer("devtools")
          .definedBy("onramp.devtools..")
          .layer("insights")
          .definedBy("onramp.insights..")
          .layer("gateway")
          .definedBy("onramp.gateway..")
          .whereLayer("app")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("onboarding")
          .mayOnlyBeAccessedByLayers("app")
          .whereLayer("documents")
          .mayOnlyBeAccessedByLayers("onboarding", "app")
          .whereLayer("workspace")
          .mayOnlyBeAccessedByLayers("app")
          .whereLayer("devtools")
          .mayOnlyBeAccessedByLayers("app")
          .whereLayer("insights")
          .mayOnlyBeAccessedByLayers("app")
          .whereLayer("gateway")
          .mayOnlyBeAccessedByLayers(
              "documents", "onboarding", "workspace", "devtools", "insights", "app");

  @ArchTest
  static final ArchRule vendorSdksAreUsedOnlyInsideTheGatewaysAdapter =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "onramp.gateway.adapter.anthropic..", "onramp.app.system.cloud..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.anthropic..", "software.amazon..");

  /** The cloud adapter of the app (KMS, S3) may use the AWS SDK, and no model vendor's SDK. */
  @ArchTest
  static final ArchRule theCloudAdapterUsesOnlyTheAwsSdk =
      noClasses()
          .that()
          .resideInAPackage("onramp.app.system.cloud..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.anthropic..");

  @ArchTest
  static final ArchRule springIsUsedOnlyInTheApp =
      noClasses()
          .that()
          .resideOutsideOfPackage("onramp.app..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.springframework..");

  @ArchTest
  static final ArchRule productionEntryPointsNeverReachTestDataMakersOrBenchmarks =
      noClasses()
          .that(
              or(
                  resideInAnyPackage(
                      "onramp.app.apply..",
                      "onramp.app.review..",
                      "onramp.app.ops..",
                      "onramp.app.gatewayadmin..",
                      "onramp.app.gatewayusage..",
                      "onramp.app.workspace..",
                      "onramp.app.system.."),
                  simpleName("KeysCommand"),
                  simpleName("KeyCreateCommand"),
                  simpleName("KeyListCommand"),
                  simpleName("KeyRevokeCommand"),
                  simpleName("ServeCommand"),
                  simpleName("VerifyCommand"),
                  simpleName("MaskCommand"),
                  simpleName("UsersCommand")))
          .should()
          .transitivelyDependOnClassesThat()
          .resideInAnyPackage(MAKERS_AND_BENCHMARKS);
}
