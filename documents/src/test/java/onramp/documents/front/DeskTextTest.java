package onramp.documents.front;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import onramp.documents.synthetic.FrontStyle;
import onramp.documents.synthetic.LicenceFrontRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Text on the desk around a photographed card is not the card's: it neither fills nor confirms a
 * field.
 */
class DeskTextTest {

  @Test
  void textOnTheDeskIsNotReadAsTheCards() {
    BufferedImage card = LicenceFrontRenderer.render(Cards.caroline(), FrontStyle.standard());
    BufferedImage photo = new BufferedImage(2200, 1500, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = photo.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(new Color(0xb8a888));
    g.fillRect(0, 0, photo.getWidth(), photo.getHeight());
    g.setColor(new Color(0x101010));
    g.setFont(new Font("DejaVu Sans", Font.BOLD, 46));
    g.drawString("LN IMPOSTER", 90, 150);
    g.drawString("DL Z98765432", 90, 1400);
    g.drawString("DOB 01/01/1970", 1500, 1400);
    g.drawImage(
        card, 540, 420, (int) (card.getWidth() * 1.1), (int) (card.getHeight() * 1.1), null);
    g.dispose();

    Point2D[] onCard = CardLocator.locate(photo).orElseThrow();

    FrontReading everything = SharedFrontReader.get().readWholePhoto(photo, Optional.empty());
    FrontReading cardOnly = SharedFrontReader.get().readWholePhoto(photo, Optional.of(onCard));
    FrontReading reading = SharedFrontReader.get().read(photo);

    assertThat(everything.rawText()).contains("IMPOSTER", "98765432"); // the desk text is legible
    for (FrontReading r : List.of(cardOnly, reading)) {
      assertThat(r.rawText())
          .doesNotContain("IMPOSTER")
          .doesNotContain("98765432")
          .doesNotContain("1970");
      assertThat(r.value(FrontField.LAST_NAME)).contains("HOLLOWAY");
      assertThat(r.value(FrontField.DATE_OF_BIRTH)).contains("1988-04-18");
    }
  }

  @ParameterizedTest
  @CsvSource({"0, 0", "1, 0", "2, 1.5", "3, -2", "1, 3"})
  void theTransformPutsASourcePixelWhereTheOcrImageHasIt(int quarterTurns, double skew) {
    BufferedImage source = new BufferedImage(900, 600, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = source.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 900, 600);
    g.setColor(Color.BLACK);
    g.fillRect(190, 140, 20, 20); // a dark square centred at (200, 150)
    g.dispose();

    BufferedImage grey = GreyImage.prepare(source, quarterTurns);
    if (skew != 0) {
      grey = GreyImage.rotate(grey, skew);
    }
    Point2D at =
        GreyImage.transform(source, quarterTurns, skew)
            .transform(new Point2D.Double(200, 150), null);

    int pixel =
        grey.getRaster().getSample((int) Math.round(at.getX()), (int) Math.round(at.getY()), 0);
    assertThat(pixel).isLessThan(60);
  }
}
