package onramp.gateway;

import java.util.Arrays;
import java.util.Set;

/** One block of a message: text or an image. */
public sealed interface Content {

  static Text text(String text) {
    return new Text(text);
  }

  static Image image(byte[] bytes, String mediaType) {
    return new Image(bytes, mediaType);
  }

  /** Plain text. Masked before it leaves the process. */
  record Text(String text) implements Content {}

  /**
   * An image, sent as base64. Images are not masked: send only what the task needs (crop first).
   *
   * @param mediaType one of image/png, image/jpeg, image/gif, image/webp
   */
  record Image(byte[] bytes, String mediaType) implements Content {
    private static final Set<String> MEDIA_TYPES =
        Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

    public Image {
      bytes = bytes.clone();
      if (!MEDIA_TYPES.contains(mediaType)) {
        throw new IllegalArgumentException(
            "image media type "
                + mediaType
                + " is not supported; convert to one of "
                + MEDIA_TYPES);
      }
    }

    @Override
    public byte[] bytes() {
      return bytes.clone();
    }

    public int size() {
      return bytes.length;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Image other
          && mediaType.equals(other.mediaType)
          && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(bytes) + mediaType.hashCode();
    }

    @Override
    public String toString() {
      return "Image[" + mediaType + ", " + bytes.length + " bytes]";
    }
  }
}
