package onramp.documents.aamva;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever a scanner delivers, the parser answers with a licence or an AamvaFormatException. */
class AamvaRobustnessTest {

  static Stream<String> samples() {
    return Samples.FILES.stream();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void neverThrowsAnythingButAFormatErrorForAnyTruncation(String file) {
    String payload = Samples.read(file);
    List<String> unexpected = new ArrayList<>();
    for (int length = 0; length <= payload.length(); length++) {
      check(payload.substring(0, length), unexpected);
    }
    assertThat(unexpected).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void neverThrowsAnythingButAFormatErrorForCorruptedCharacters(String file) {
    String payload = Samples.read(file);
    Random random = new Random(file.hashCode());
    char[] alphabet = "\n\r\u001e|@ 0123456789ADLZNSIC,-\u0090".toCharArray();
    List<String> unexpected = new ArrayList<>();
    for (int round = 0; round < 300; round++) {
      char[] chars = payload.toCharArray();
      for (int k = 0; k < 1 + random.nextInt(4); k++) {
        chars[random.nextInt(chars.length)] = alphabet[random.nextInt(alphabet.length)];
      }
      check(new String(chars), unexpected);
    }
    assertThat(unexpected).isEmpty();
  }

  private static void check(String payload, List<String> unexpected) {
    try {
      AamvaLicence licence = AamvaParser.parse(payload);
      assertThat(licence.licenseNumber()).isNotBlank();
    } catch (AamvaFormatException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    } catch (RuntimeException e) {
      unexpected.add(e + " for payload of " + payload.length() + " chars");
    }
  }
}
