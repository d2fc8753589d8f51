package onramp.gateway.governed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import onramp.gateway.Delta;
import onramp.gateway.FakeMasker;
import onramp.gateway.masking.MaskingContext;
import onramp.gateway.masking.MaskingSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StreamingUnmaskerTest {

  @ParameterizedTest(name = "pieces of {0} characters")
  @ValueSource(ints = {1, 2, 3, 5, 7, 100})
  void restoresPlaceholdersWhereverTheStreamSplitsThem(int pieceLength) {
    MaskingSession session = new FakeMasker().open(MaskingContext.none());
    String masked = session.mask("Mail ann@ex.com, a[0] = [x] and ann@ex.com again [unclosed");
    List<Delta> out = new ArrayList<>();
    StreamingUnmasker unmasker = new StreamingUnmasker(session, out::add);

    for (int i = 0; i < masked.length(); i += pieceLength) {
      unmasker.text(masked.substring(i, Math.min(masked.length(), i + pieceLength)));
    }
    unmasker.flush();

    String text = out.stream().map(d -> ((Delta.TextDelta) d).text()).collect(Collectors.joining());
    assertThat(text).isEqualTo("Mail ann@ex.com, a[0] = [x] and ann@ex.com again [unclosed");
    assertThat(out)
        .allSatisfy(d -> assertThat(((Delta.TextDelta) d).text()).doesNotContain("[EMAIL_"));
  }
}
