package onramp.testsupport;

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

  @GetMapping("/test/fail/{kind}")
  String fail(@PathVariable String kind, @RequestParam(defaultValue = "1") int count) {
    throw switch (kind) {
      case "bug" -> new IllegalStateException("bug while handling " + SECRET);
      case "database" -> new DataAccessResourceFailureException("connection lost near " + SECRET);
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
