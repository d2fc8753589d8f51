package onramp.workspace.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import onramp.workspace.files.Extracted.Kind;
import onramp.workspace.files.UnreadableFileException.Problem;
import org.junit.jupiter.api.Test;

class MailFilesTest {
  private final FileText files = FileText.of(FileLimits.defaults());

  private static byte[] mail(String text) {
    return text.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void readsHeadersBodyAndAttachmentNames() {
    String pdf = Base64.getMimeEncoder().encodeToString(Fixtures.pdf(1));
    byte[] eml =
        mail(
            """
            From: Rider Example <rider@example.com>
            To: Support <support@example.org>
            Date: Tue, 3 Nov 2026 09:15:00 +0100
            Subject: =?UTF-8?Q?Late_pickup_in_K=C3=B6ln?=
            Message-ID: <1@example.com>
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="b1"

            --b1
            Content-Type: text/plain; charset=utf-8
            Content-Transfer-Encoding: quoted-printable

            The van came 40 minutes late at K=C3=B6ln Hbf.
            --b1
            Content-Type: application/pdf; name="receipt.pdf"
            Content-Disposition: attachment; filename="receipt.pdf"
            Content-Transfer-Encoding: base64

            %s
            --b1--
            """
                .formatted(pdf));

    Extracted extracted = files.extract("complaint.eml", "message/rfc822", eml);

    assertThat(extracted.kind()).isEqualTo(Kind.EML);
    assertThat(extracted.text())
        .isEqualTo(
            """
            From: Rider Example <rider@example.com>
            To: Support <support@example.org>
            Date: Tue, 3 Nov 2026 09:15:00 +0100
            Subject: Late pickup in Köln
            Attachments: receipt.pdf

            The van came 40 minutes late at Köln Hbf.""");
  }

  @Test
  void prefersThePlainTextAlternative() {
    byte[] eml =
        mail(
            """
            From: a@example.com
            Subject: Two versions
            Content-Type: multipart/alternative; boundary="alt"

            --alt
            Content-Type: text/plain; charset=us-ascii

            Plain version.
            --alt
            Content-Type: text/html; charset=us-ascii

            <p>HTML version.</p>
            --alt--
            """);

    assertThat(files.extract("m.eml", null, eml).text())
        .endsWith("\n\nPlain version.")
        .doesNotContain("HTML");
  }

  @Test
  void readsTheTextOfAnHtmlOnlyMessage() {
    byte[] eml =
        mail(
            """
            From: ops@example.com
            Subject: Weekly digest
            Content-Type: text/html; charset=utf-8

            <html><head><style>p{color:red}</style></head><body>
            <h1>Digest</h1><p>Trips <b>up</b> 4%.</p><script>alert(1)</script>
            <table><tr><td>Lyon</td><td>120</td></tr></table></body></html>
            """);

    String text = files.extract("digest.eml", null, eml).text();

    assertThat(text).contains("Digest\n").contains("Trips up 4%.").contains("Lyon\t120");
    assertThat(text).doesNotContain("alert").doesNotContain("color:red");
  }

  @Test
  void guessesTheEncodingWhenTheCharsetIsUnknown() {
    byte[] head =
        mail(
            """
            From: a@example.com
            Subject: Odd charset
            Content-Type: text/plain; charset=x-unheard-of

            """);
    byte[] body = "Gare de Lyon, caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
    byte[] eml = new byte[head.length + body.length];
    System.arraycopy(head, 0, eml, 0, head.length);
    System.arraycopy(body, 0, eml, head.length, body.length);

    assertThat(files.extract("odd.eml", null, eml).text()).endsWith("Gare de Lyon, café");
  }

  @Test
  void refusesAHugeBodyPart() {
    FileText small = FileText.of(FileLimits.defaults().withMaxChars(10_000));
    byte[] eml =
        mail(
            """
            From: a@example.com
            Subject: Huge
            Content-Type: text/plain

            %s
            """
                .formatted("all work and no play ".repeat(50_000)));

    assertThatThrownBy(() -> small.extract("huge.eml", null, eml))
        .hasMessageStartingWith("huge.eml: the text is longer than the limit of 10,000 characters")
        .extracting(e -> ((UnreadableFileException) e).problem())
        .isEqualTo(Problem.OVER_LIMIT);
  }

  @Test
  void listsAHugeAttachmentWithoutDecodingIt() {
    String video = Base64.getMimeEncoder().encodeToString(new byte[12 * 1024 * 1024]);
    byte[] eml =
        mail(
            """
            From: a@example.com
            Subject: Dashcam
            Content-Type: multipart/mixed; boundary="b"

            --b
            Content-Type: text/plain

            Footage attached.
            --b
            Content-Type: video/mp4
            Content-Disposition: attachment; filename="dashcam.mp4"
            Content-Transfer-Encoding: base64

            %s
            --b--
            """
                .formatted(video));
    assertThat(eml.length).isGreaterThan(16 * 1024 * 1024);

    String text = files.extract("dashcam.eml", null, eml).text();

    assertThat(text).contains("Attachments: dashcam.mp4").endsWith("Footage attached.");
  }

  @Test
  void readsTextThatMerelyMentionsMailHeadersAsText() {
    byte[] note = "Subject: the Q3 plan\nWe discussed routes.\n".getBytes(StandardCharsets.UTF_8);

    assertThat(files.extract("note.txt", null, note).kind()).isEqualTo(Kind.TEXT);
  }
}
