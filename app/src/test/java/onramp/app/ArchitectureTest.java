package onramp.app;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import onramp.app.ops.status.ComponentStatusProvider;
import onramp.app.system.AppException;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;

/**
 * The arrows inside {@code app}: one package per feature ({@code apply}, {@code review}, {@code
 * ops}, {@code gatewayadmin}, {@code gatewayusage}), the command line ({@code cli}) beside them,
 * and {@code system} below them all. A new product gets a package of its own and a layer here.
 */
@AnalyzeClasses(packages = "onramp.app", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule featurePackagesDoNotDependOnEachOtherInCycles =
      slices().matching("onramp.app.(*)..").should().beFreeOfCycles();

  /** {@code onramp.(**)} makes every package a slice, {@code onramp.app} itself included. */
  @ArchTest
  static final ArchRule noPackageDependsOnItselfThroughAnother =
      slices().matching("onramp.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule featuresDependOnlyOnTheFeaturesBelowThemAndOnSystem =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("main")
          .definedBy("onramp.app")
          .layer("cli")
          .definedBy("onramp.app.cli..")
          .layer("demo")
          .definedBy("onramp.app.demo..")
          .layer("report")
          .definedBy("onramp.app.report..")
          .layer("dx")
          .definedBy("onramp.app.dx..")
          .layer("review")
          .definedBy("onramp.app.review..")
          .layer("gatewayadmin")
          .definedBy("onramp.app.gatewayadmin..")
          .layer("ops")
          .definedBy("onramp.app.ops..")
          .layer("gatewayservice")
          .definedBy("onramp.app.gatewayservice..")
          .layer("gatewayusage")
          .definedBy("onramp.app.gatewayusage..")
          .layer("apply")
          .definedBy("onramp.app.apply..")
          .layer("system")
          .definedBy("onramp.app.system..")
          .whereLayer("main")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("cli")
          .mayOnlyBeAccessedByLayers("main")
          .whereLayer("demo")
          .mayOnlyBeAccessedByLayers("main")
          .whereLayer("report")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("dx")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("review")
          .mayOnlyBeAccessedByLayers("demo")
          .whereLayer("gatewayadmin")
          .mayOnlyBeAccessedByLayers("demo")
          .whereLayer("ops")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("gatewayusage")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("gatewayservice")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("apply")
          .mayOnlyBeAccessedByLayers("review", "ops", "demo")
          .whereLayer("system")
          .mayOnlyBeAccessedByLayers(
              "cli",
              "demo",
              "report",
              "dx",
              "apply",
              "review",
              "ops",
              "gatewayadmin",
              "gatewayusage",
              "gatewayservice");

  /**
   * The commands start the web application ({@code OnrampApplication}) and share wiring from {@code
   * system}; they never reach into a Spring feature, and no feature reaches into them.
   */
  @ArchTest
  static final ArchRule theCommandLineUsesOnlySystemOfTheApp =
      classes()
          .that()
          .resideInAPackage("onramp.app.cli..")
          .should()
          .onlyDependOnClassesThat(
              resideOutsideOfPackage("onramp.app..")
                  .or(resideInAnyPackage("onramp.app.cli..", "onramp.app.system..")));

  @ArchTest
  static final ArchRule otherFeaturesUseOnlyTheTopPackageOfApply =
      noClasses()
          .that()
          .resideOutsideOfPackage("onramp.app.apply..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("onramp.app.apply.*..");

  @ArchTest
  static final ArchRule controllersAndConfigurationArePackagePrivate =
      classes()
          .that()
          .areAnnotatedWith(Controller.class)
          .or()
          .areAnnotatedWith(RestController.class)
          .or()
          .areAnnotatedWith(ControllerAdvice.class)
          .or()
          .areAnnotatedWith(Configuration.class)
          .should()
          .notBePublic();

  /**
   * SQL stays in each feature's data classes (its services and repositories). The demo, a maker of
   * synthetic activity that production never reaches (ModuleArchitectureTest), may ask the database
   * whether the work it handed over is done.
   */
  @ArchTest
  static final ArchRule onlyServicesRepositoriesAndStatusProbesRunSql =
      noClasses()
          .that()
          .resideOutsideOfPackage("onramp.app.demo..")
          .and()
          .areNotAnnotatedWith(Service.class)
          .and()
          .areNotAnnotatedWith(Repository.class)
          .and()
          .doNotImplement(ComponentStatusProvider.class)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.springframework.jdbc.core..");

  /**
   * One exception root, mapped to HTTP in one place. {@code RedactedException} is not thrown: it is
   * a copy of an exception chain for the log, with the messages withheld.
   */
  @ArchTest
  static final ArchRule everyExceptionTheAppThrowsIsAnAppException =
      classes()
          .that()
          .areAssignableTo(RuntimeException.class)
          .and(not(JavaClass.Predicates.simpleName("RedactedException")))
          .should()
          .beAssignableTo(AppException.class);
}
