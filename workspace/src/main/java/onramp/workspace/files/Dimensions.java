package onramp.workspace.files;

import onramp.workspace.files.Sniffer.Format;

/**
 * Width and height from an image's header, without decoding a pixel: PNG's IHDR, JPEG's start of
 * frame, GIF's screen descriptor, WebP's VP8, VP8L or VP8X chunk. {@code {0, 0}} when unreadable.
 */
final class Dimensions {
  private static final int[] NONE = {0, 0};

  private Dimensions() {}

  static int[] of(byte[] b, Format format) {
    return switch (format) {
      case PNG -> png(b);
      case GIF -> b.length >= 10 ? new int[] {le16(b, 6), le16(b, 8)} : NONE;
      case JPEG -> jpeg(b);
      case WEBP -> webp(b);
      default -> NONE;
    };
  }

  private static int[] png(byte[] b) {
    if (b.length < 24 || !Sniffer.starts(b, 12, 'I', 'H', 'D', 'R')) {
      return NONE;
    }
    return new int[] {be32(b, 16), be32(b, 20)};
  }

  private static int[] jpeg(byte[] b) {
    int i = 2;
    while (i + 9 < b.length) {
      if ((b[i] & 0xFF) != 0xFF) {
        return NONE;
      }
      int marker = b[i + 1] & 0xFF;
      if (marker == 0xFF) {
        i++; // fill byte
        continue;
      }
      if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
        i += 2;
        continue;
      }
      boolean startOfFrame =
          marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
      if (startOfFrame) {
        return new int[] {be16(b, i + 7), be16(b, i + 5)};
      }
      i += 2 + be16(b, i + 2);
    }
    return NONE;
  }

  private static int[] webp(byte[] b) {
    if (b.length < 30) {
      return NONE;
    }
    if (Sniffer.starts(b, 12, 'V', 'P', '8', ' ')) {
      return new int[] {le16(b, 26) & 0x3FFF, le16(b, 28) & 0x3FFF};
    }
    if (Sniffer.starts(b, 12, 'V', 'P', '8', 'L')) {
      int b1 = b[21] & 0xFF;
      int b2 = b[22] & 0xFF;
      int b3 = b[23] & 0xFF;
      int b4 = b[24] & 0xFF;
      return new int[] {
        1 + (((b2 & 0x3F) << 8) | b1), 1 + (((b4 & 0x0F) << 10) | (b3 << 2) | ((b2 & 0xC0) >> 6))
      };
    }
    if (Sniffer.starts(b, 12, 'V', 'P', '8', 'X')) {
      return new int[] {1 + le24(b, 24), 1 + le24(b, 27)};
    }
    return NONE;
  }

  private static int le16(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
  }

  private static int le24(byte[] b, int at) {
    return le16(b, at) | (b[at + 2] & 0xFF) << 16;
  }

  private static int be16(byte[] b, int at) {
    return (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
  }

  private static int be32(byte[] b, int at) {
    long v =
        (b[at] & 0xFFL) << 24
            | (b[at + 1] & 0xFFL) << 16
            | (b[at + 2] & 0xFFL) << 8
            | (b[at + 3] & 0xFFL);
    return (int) Math.min(Integer.MAX_VALUE, v);
  }
}
