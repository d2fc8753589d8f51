package onramp.testsupport;

import java.util.UUID;
import onramp.app.apply.ApplicationNotFoundException;
import onramp.app.system.AppException;
import onramp.documents.DocumentException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Throws on purpose, to test the error mapping over real HTTP. Outside {@code onramp.app}, so the
 * application's component scan never finds it: a test adds it with {@code --spring.main.sources}.
 */
@RestController
public class FailingController {
  public static final String SECRET = "Jane Q. Synthetic, born 1990-01-01";
  public static final String NO_APPLICATION = "00000000-0000-4000-8000-000000000000";

  /** Onramp's own data is wrong (as when a sealed file does not open). */
  static final class BrokenRecord extends AppException.Broken {
    BrokenRecord(String message) {
      super(message);
    }
  }

  @GetMapping("/test/fail/{kind}")
  String fail(@PathVariable String kind, @RequestParam(defaultValue = "1") int count) {
    throw switch (kind) {
      case "bug" -> new IllegalStateException("bug while handling " + SECRET);
      case "database" -> new DataAccessResourceFailureException("connection lost near " + SECRET);
      case "no-application" -> new ApplicationNotFoundException(UUID.fromString(NO_APPLICATION));
      case "broken" -> new BrokenRecord("the record of " + SECRET + " does not open");
      case "document" ->
          new DocumentException(
              "dl-back.png",
              "no PDF417 barcode found; photograph the back of the licence in good light");
      default ->
          new ResponseStatusException(
              HttpStatus.CONFLICT, "the application was already decided; reload it");
    };
  }
}
