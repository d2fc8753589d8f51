package onramp.app.system.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A local stand-in for AWS KMS speaking its wire protocol (AWS JSON 1.1, {@code X-Amz-Target:
 * TrentService.<Operation>}) for the three calls Onramp makes: GenerateDataKey, Encrypt and
 * Decrypt. Each key id gets its own AES-256 key held only here; a ciphertext blob names its key and
 * is AES-GCM sealed, so a changed blob is refused with KMS's InvalidCiphertextException.
 */
final class FakeKms implements AutoCloseable {
  record Call(String operation, String keyId, String authorization) {}

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpServer server;
  private final Map<String, byte[]> keys = new ConcurrentHashMap<>();
  private final List<Call> calls = new CopyOnWriteArrayList<>();

  private FakeKms() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  static FakeKms start() throws IOException {
    return new FakeKms();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  List<Call> calls() {
    return List.copyOf(calls);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String target = String.valueOf(exchange.getRequestHeaders().getFirst("X-Amz-Target"));
      String operation = target.substring(target.indexOf('.') + 1);
      JsonNode body = JSON.readTree(exchange.getRequestBody());
      String keyId = body.path("KeyId").asText("");
      calls.add(
          new Call(
              operation,
              keyId,
              String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"))));
      ObjectNode answer = JSON.createObjectNode();
      int status = 200;
      switch (operation) {
        case "GenerateDataKey" -> {
          byte[] plaintext = new byte[body.path("KeySpec").asText().equals("AES_128") ? 16 : 32];
          RANDOM.nextBytes(plaintext);
          answer.put("KeyId", keyId);
          answer.put("Plaintext", Base64.getEncoder().encodeToString(plaintext));
          answer.put("CiphertextBlob", Base64.getEncoder().encodeToString(seal(keyId, plaintext)));
        }
        case "Encrypt" -> {
          byte[] plaintext = Base64.getDecoder().decode(body.path("Plaintext").asText());
          answer.put("KeyId", keyId);
          answer.put("CiphertextBlob", Base64.getEncoder().encodeToString(seal(keyId, plaintext)));
        }
        case "Decrypt" -> {
          byte[] blob = Base64.getDecoder().decode(body.path("CiphertextBlob").asText());
          try {
            Opened opened = open(blob);
            answer.put("KeyId", opened.keyId());
            answer.put("Plaintext", Base64.getEncoder().encodeToString(opened.plaintext()));
          } catch (GeneralSecurityException | RuntimeException e) {
            status = 400;
            answer.put("__type", "InvalidCiphertextException");
            answer.put("message", "The ciphertext is invalid");
          }
        }
        default -> {
          status = 400;
          answer.put("__type", "UnsupportedOperationException");
          answer.put("message", operation + " is not faked");
        }
      }
      byte[] out = JSON.writeValueAsBytes(answer);
      exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
      exchange.sendResponseHeaders(status, out.length);
      exchange.getResponseBody().write(out);
    }
  }

  private record Opened(String keyId, byte[] plaintext) {}

  private byte[] seal(String keyId, byte[] plaintext) {
    byte[] id = keyId.getBytes(StandardCharsets.UTF_8);
    byte[] nonce = new byte[12];
    RANDOM.nextBytes(nonce);
    try {
      Cipher c = cipher(Cipher.ENCRYPT_MODE, key(keyId), nonce, id);
      byte[] sealed = c.doFinal(plaintext);
      return ByteBuffer.allocate(2 + id.length + 12 + sealed.length)
          .putShort((short) id.length)
          .put(id)
          .put(nonce)
          .put(sealed)
          .array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private Opened open(byte[] blob) throws GeneralSecurityException {
    ByteBuffer in = ByteBuffer.wrap(blob);
    byte[] id = new byte[in.getShort()];
    in.get(id);
    byte[] nonce = new byte[12];
    in.get(nonce);
    byte[] sealed = new byte[in.remaining()];
    in.get(sealed);
    String keyId = new String(id, StandardCharsets.UTF_8);
    if (!keys.containsKey(keyId)) {
      throw new GeneralSecurityException("unknown key");
    }
    return new Opened(keyId, cipher(Cipher.DECRYPT_MODE, key(keyId), nonce, id).doFinal(sealed));
  }

  private byte[] key(String keyId) {
    return keys.computeIfAbsent(
        keyId,
        k -> {
          byte[] key = new byte[32];
          RANDOM.nextBytes(key);
          return key;
        });
  }

  private static Cipher cipher(int mode, byte[] key, byte[] nonce, byte[] aad)
      throws GeneralSecurityException {
    Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
    c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
    c.updateAAD(aad);
    return c;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
