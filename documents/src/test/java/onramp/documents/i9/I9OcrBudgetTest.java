package onramp.documents.i9;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import onramp.documents.i9.I9Exception.Reason;
import onramp.documents.ocr.CpuClock;
import onramp.documents.synthetic.FillOptions;
import onramp.documents.synthetic.I9Filler;
import org.junit.jupiter.api.Test;

/** The I-9 OCR spends CPU time of the reading thread, within a budget per page. */
class I9OcrBudgetTest {
  private static final List<BufferedImage> PAGES =
      I9Filler.renderPages(
          I9Filler.fill(SyntheticPeople.citizenWithLicence(), FillOptions.flattened()), 200);

  @Test
  void aPageThatCannotBeReadWithinItsBudgetIsAnUnreadableScanNotAHang() {
    I9Reader starved =
        I9Reader.with(
            new OcrPageReader(
                OcrPageReader.lazyEngines(), Duration.ofMillis(30), CpuClock.STANDARD));

    assertThatThrownBy(() -> starved.readScan(PAGES))
        .isInstanceOfSatisfying(
            I9Exception.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNREADABLE_SCAN))
        .hasMessageContaining("could not be read")
        .hasMessageContaining("30 ms of CPU time");
  }

  @Test
  void aScannedFormIsReadAlikeWithHalfTheStandardBudget() {
    I9Reader halfBudget =
        I9Reader.with(
            new OcrPageReader(
                OcrPageReader.lazyEngines(),
                OcrPageReader.PAGE_BUDGET.dividedBy(2),
                CpuClock.STANDARD));

    I9Form form = halfBudget.readScan(PAGES);

    assertThat(form.edition().isCurrent()).isTrue();
    I9ScanReadTest.assertKeyFields(SyntheticPeople.citizenWithLicence(), form);
    assertThat(form.lowConfidence()).isEmpty();
  }

  @Test
  void timeSpentWaitingForACoreDoesNotUseTheBudget() {
    // A clock that stands still while the thread waits (as CPU time does) versus wall time on a
    // thread that keeps losing its core: only the second runs out.
    CpuClock stalled =
        thread -> {
          try {
            Thread.sleep(60);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return System.nanoTime();
        };
    I9Reader onCpuTime =
        I9Reader.with(
            new OcrPageReader(
                OcrPageReader.lazyEngines(), Duration.ofMillis(1200), CpuClock.STANDARD));
    I9Reader onStalledWallTime =
        I9Reader.with(
            new OcrPageReader(OcrPageReader.lazyEngines(), Duration.ofMillis(1200), stalled));

    assertThat(onCpuTime.readScan(PAGES).section1().name().last().text()).isEqualTo("Rivera");
    assertThatThrownBy(() -> onStalledWallTime.readScan(PAGES)).isInstanceOf(I9Exception.class);
  }
}
