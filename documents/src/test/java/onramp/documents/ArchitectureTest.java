package onramp.documents;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The house rules of the documents module: readers (what production runs) never reach the makers of
 * test data (renderers, fillers, photo simulation, benchmarks); OCR is one package; one exception
 * root; no Spring and no vendor SDK.
 */
@AnalyzeClasses(packages = "onramp.documents", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  /** What production reads documents with, the module's root package included. */
  private static final String[] READERS = {
    "onramp.documents",
    "onramp.documents.aamva..",
    "onramp.documents.barcode..",
    "onramp.documents.front..",
    "onramp.documents.i9..",
    "onramp.documents.model..",
    "onramp.documents.ocr..",
    "onramp.documents.image.."
  };

  /** What makes test data and measures the readers; nothing in production reads with it. */
  private static final String[] TEST_DATA = {
    "onramp.documents.synthetic..", "onramp.documents.specimen..", "onramp.documents.bench.."
  };

  /** Every package is a slice, the root package {@code onramp.documents} included. */
  @ArchTest
  static final ArchRule packagesDependOnEachOtherWithoutCycles =
      slices().matching("onramp.(**)").namingSlices("$1").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule readersNeverDependOnTestDataMakersOrBenchmarks =
      noClasses()
          .that()
          .resideInAnyPackage(READERS)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(TEST_DATA);

  @ArchTest
  static final ArchRule renderersFillersCameraAndBenchmarksLiveOutsideTheReaders =
      classes()
          .that()
          .haveNameMatching(
              ".*\\.(\\w*Renderer|\\w*Benchmark|\\w*Filler|Synthetic\\w*|Sample\\w*|Camera\\w*)")
          .should()
          .resideInAnyPackage(TEST_DATA);

  @ArchTest
  static final ArchRule onlyTheOcrPackageTalksToTesseract =
      noClasses()
          .that()
          .resideOutsideOfPackage("onramp.documents.ocr..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.bytedeco..");

  @ArchTest
  static final ArchRule everyExceptionTheModuleThrowsIsADocumentsException =
      classes()
          .that()
          .areAssignableTo(RuntimeException.class)
          .should()
          .beAssignableTo("onramp.documents.DocumentsException");

  @ArchTest
  static final ArchRule nothingUsesSpring =
      noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..");

  /** Vendor SDKs stay inside the gateway's adapters. */
  @ArchTest
  static final ArchRule nothingUsesAVendorSdk =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.anthropic..", "software.amazon..", "com.openai..");
}
