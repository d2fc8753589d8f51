package onramp.workspace.files;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import onramp.workspace.files.UnreadableFileException.Problem;
import org.jspecify.annotations.Nullable;

/**
 * An e-mail (RFC 5322, MIME) with Jakarta Mail: the From, To, Cc, Date and Subject headers, the
 * text of the message (the plain-text body, or the text of the HTML body when there is none), and
 * the names of its attachments, whose content is never decoded. Each body part is read with a
 * ceiling, so a huge part costs no more than the character limit allows.
 */
final class MailText {
  private static final List<String> HEADERS = List.of("From", "To", "Cc", "Date", "Subject");
  private static final int MAX_DEPTH = 10;
  private static final int MAX_PARTS = 1000;
  private static final Pattern HEADER_LINE = Pattern.compile("[!-9;-~]+:.*");
  private static final Pattern MAIL_HEADER =
      Pattern.compile(
          "(?i)(from|to|subject|date|message-id|mime-version|received|return-path|delivered-to):.*");

  private final Budget budget;
  private final StringBuilder body = new StringBuilder();
  private final List<String> attachments = new ArrayList<>();
  private int parts;

  private MailText(Budget budget) {
    this.budget = budget;
  }

  /**
   * Whether text starts with a block of mail headers: at least two header lines, two of them ones a
   * mail always has (From, Date, Subject, Received…), before the first blank line.
   */
  static boolean looksLikeMail(String text) {
    String[] lines = text.lines().limit(200).toArray(String[]::new);
    int headers = 0;
    int mailHeaders = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isEmpty()) {
        break;
      }
      if (i == 0 && line.startsWith("From ")) {
        continue; // an mbox separator line
      }
      if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
        if (headers == 0) {
          return false;
        }
        continue;
      }
      if (!HEADER_LINE.matcher(line).matches()) {
        return false;
      }
      headers++;
      if (MAIL_HEADER.matcher(line).matches()) {
        mailHeaders++;
      }
    }
    return headers >= 2 && mailHeaders >= 2;
  }

  static String read(byte[] bytes, Budget budget) {
    try {
      Properties properties = new Properties();
      properties.setProperty("mail.mime.address.strict", "false");
      MimeMessage message =
          new MimeMessage(Session.getInstance(properties), new ByteArrayInputStream(bytes));
      MailText mail = new MailText(budget);
      mail.walk(message, 0);
      return mail.render(message);
    } catch (MessagingException | IOException | RuntimeException e) {
      if (e instanceof UnreadableFileException u) {
        throw u;
      }
      throw budget.refuse(
          Problem.DAMAGED,
          "the e-mail is damaged and cannot be read. Save it again from the mail program (as .eml)"
              + " and upload that.");
    }
  }

  private String render(MimeMessage message) throws MessagingException {
    StringBuilder out = new StringBuilder();
    for (String name : HEADERS) {
      String value = message.getHeader(name, ", ");
      if (value != null && !value.isBlank()) {
        out.append(name).append(": ").append(decodeHeader(value)).append('\n');
      }
    }
    if (!attachments.isEmpty()) {
      out.append("Attachments: ").append(String.join(", ", attachments)).append('\n');
    }
    return TextDecoding.clean(out.append('\n').append(body.toString().strip()).toString());
  }

  private void walk(Part part, int depth) throws MessagingException, IOException {
    if (++parts > MAX_PARTS || depth > MAX_DEPTH) {
      throw budget.refuse(
          Problem.OVER_LIMIT,
          "the e-mail nests more than "
              + MAX_DEPTH
              + " levels deep or has more than "
              + Budget.number(MAX_PARTS)
              + " parts, which no ordinary message has. Forward it as plain text and upload"
              + " that.");
    }
    budget.checkTime();
    String fileName = fileName(part);
    if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
      if (part.isMimeType("multipart/alternative")) {
        walk(preferredAlternative(multipart), depth + 1);
      } else {
        for (int i = 0; i < multipart.getCount(); i++) {
          walk(multipart.getBodyPart(i), depth + 1);
        }
      }
    } else if (part.isMimeType("message/rfc822")) {
      attachments.add(fileName != null ? fileName : "an attached e-mail");
    } else if (fileName != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
      attachments.add(fileName != null ? fileName : "an unnamed " + baseType(part) + " part");
    } else if (part.isMimeType("text/plain")) {
      append(text(part));
    } else if (part.isMimeType("text/html")) {
      append(HtmlText.of(text(part)));
    } else {
      attachments.add("an unnamed " + baseType(part) + " part");
    }
  }

  private static BodyPart preferredAlternative(Multipart alternatives) throws MessagingException {
    for (int i = 0; i < alternatives.getCount(); i++) {
      BodyPart candidate = alternatives.getBodyPart(i);
      if (candidate.isMimeType("text/plain")) {
        return candidate;
      }
    }
    return alternatives.getBodyPart(alternatives.getCount() - 1); // richest last, by RFC 2046
  }

  private void append(String text) {
    budget.chars(text.length());
    if (!body.isEmpty()) {
      body.append("\n\n");
    }
    body.append(text.strip());
  }

  /**
   * A text part's content, read with a ceiling: its declared charset when Java knows it, else the
   * same guesswork as for a text file.
   */
  private String text(Part part) throws MessagingException, IOException {
    int ceiling = (int) Math.min(Integer.MAX_VALUE - 8, 4L * budget.limits().maxChars() + 4);
    byte[] raw;
    try (InputStream in = part.getInputStream()) {
      raw = in.readNBytes(ceiling);
      if (in.read() >= 0) {
        budget.chars(ceiling / 4 + 1); // more bytes than even 4-byte characters fit in the limit
      }
    }
    String charset = charset(part);
    if (charset != null) {
      try {
        return new String(raw, Charset.forName(charset));
      } catch (IllegalArgumentException unknownCharset) {
        // fall through to the guess
      }
    }
    return TextDecoding.decode(raw).orElseGet(() -> new String(raw, TextDecoding.WINDOWS_1252));
  }

  private static @Nullable String charset(Part part) {
    try {
      return new ContentType(part.getContentType()).getParameter("charset");
    } catch (MessagingException | RuntimeException e) {
      return null;
    }
  }

  private static String baseType(Part part) {
    try {
      return new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
    } catch (MessagingException | RuntimeException e) {
      return "unknown";
    }
  }

  private static @Nullable String fileName(Part part) {
    try {
      String name = part.getFileName();
      return name == null || name.isBlank() ? null : decodeHeader(name);
    } catch (MessagingException | RuntimeException e) {
      return null;
    }
  }

  private static String decodeHeader(String value) {
    String unfolded = MimeUtility.unfold(value);
    try {
      return MimeUtility.decodeText(unfolded);
    } catch (UnsupportedEncodingException e) {
      return unfolded;
    }
  }
}
