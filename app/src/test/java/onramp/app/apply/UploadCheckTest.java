package onramp.app.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import onramp.app.apply.DocumentKind.MediaType;
import onramp.documents.image.ImageBytes;
import onramp.testsupport.HostileFiles;
import onramp.testsupport.SyntheticApplicant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UploadCheckTest {
  private static SyntheticApplicant applicant;

  @BeforeAll
  static void documents() {
    applicant = SyntheticApplicant.valid(LocalDate.of(2026, 11, 27));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "89504E470D0A1A0A0000, PNG",
    "FFD8FFE000104A464946, JPEG",
    "255044462D312E370A25, PDF",
    "474946383961010001, ",
    "3C68746D6C3E, ",
    "89504E47, "
  })
  void tellsTheTypeByItsFirstBytes(String hex, MediaType expected) {
    byte[] bytes = java.util.HexFormat.of().parseHex(hex);

    assertThat(UploadCheck.sniff(bytes)).isEqualTo(java.util.Optional.ofNullable(expected));
  }

  @Test
  void acceptsRealPhotosAndARealForm() {
    java.awt.image.BufferedImage front =
        onramp.documents.image.SafeImages.read("f", applicant.front());

    assertThat(UploadCheck.check(DocumentKind.DL_FRONT, applicant.front()))
        .isEqualTo(MediaType.PNG);
    assertThat(UploadCheck.check(DocumentKind.DL_FRONT, ImageBytes.toJpeg(front, 85)))
        .isEqualTo(MediaType.JPEG);
    assertThat(UploadCheck.check(DocumentKind.I9, applicant.i9())).isEqualTo(MediaType.PDF);
    assertThat(UploadCheck.check(DocumentKind.I9, applicant.back())).isEqualTo(MediaType.PNG);
  }

  @Test
  void refusesACutOffJpeg() {
    java.awt.image.BufferedImage front =
        onramp.documents.image.SafeImages.read("f", applicant.front());
    byte[] jpeg = ImageBytes.toJpeg(front, 85);

    assertThatThrownBy(
            () ->
                UploadCheck.check(DocumentKind.DL_FRONT, Arrays.copyOf(jpeg, jpeg.length * 2 / 3)))
        .isInstanceOf(UploadRejectedException.class)
        .hasMessageContaining("damaged or cut short");
  }

  @Test
  void refusesAPdfAsALicencePhotoAndTextAsAnything() {
    assertThatThrownBy(() -> UploadCheck.check(DocumentKind.DL_BACK, applicant.i9()))
        .hasMessage(
            "Driver licence, back (with the barcode): this file is not a PNG or JPEG photo. Take a photo"
                + " and upload that.");
    assertThatThrownBy(
            () -> UploadCheck.check(DocumentKind.I9, "%PD no".getBytes(StandardCharsets.US_ASCII)))
        .hasMessageContaining("not a PDF, PNG or JPEG");
  }

  @Test
  void refusesEmptyAndOversizedFiles() {
    assertThatThrownBy(() -> UploadCheck.check(DocumentKind.DL_FRONT, new byte[0]))
        .hasMessageContaining("empty");
    assertThatThrownBy(
            () -> UploadCheck.check(DocumentKind.DL_FRONT, new byte[10 * 1024 * 1024 + 1]))
        .hasMessageContaining("larger than 10 MB");
  }

  @Test
  void refusesBombsWithoutDecodingThem() {
    assertThatThrownBy(
            () -> UploadCheck.check(DocumentKind.DL_FRONT, HostileFiles.decompressionBombPng()))
        .hasMessageContaining("100000×100000 pixels");
    assertThatThrownBy(() -> UploadCheck.check(DocumentKind.I9, HostileFiles.pdfBomb()))
        .hasMessageContaining("far beyond a Form I-9");
  }
}
