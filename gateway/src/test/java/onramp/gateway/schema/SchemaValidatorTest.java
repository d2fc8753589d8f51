package onramp.gateway.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchemaValidatorTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SCHEMA =
      """
      {"type":"object","additionalProperties":false,"required":["number","class"],
       "properties":{
         "number":{"type":"string","pattern":"^[A-Z][0-9]{7}$"},
         "class":{"enum":["A","B","C","D"]},
         "endorsements":{"type":"array","items":{"type":"string","maxLength":1},"maxItems":3},
         "age":{"type":"integer","minimum":16,"maximum":120},
         "middleName":{"type":["string","null"]}}}
      """;

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"number\":\"D1234567\",\"class\":\"C\",\"age\":34,\"middleName\":null} | ",
        "{\"number\":\"D1234567\",\"class\":\"C\",\"age\":34.0} | ",
        "{\"class\":\"C\"} | $.number: required but missing",
        "{\"number\":\"1234\",\"class\":\"C\"} | $.number: does not match pattern ^[A-Z][0-9]{7}$",
        "{\"number\":\"D1234567\",\"class\":\"Z\"} | $.class: not one of the allowed values",
        "{\"number\":\"D1234567\",\"class\":\"C\",\"age\":12} | $.age: below minimum 16",
        "{\"number\":\"D1234567\",\"class\":\"C\",\"age\":\"x\"} | $.age: expected \"integer\" but was string",
        "{\"number\":\"D1234567\",\"class\":\"C\",\"endorsements\":[\"P\",\"SS\"]} | $.endorsements[1]: longer than 1",
        "{\"number\":\"D1234567\",\"class\":\"C\",\"ssn\":\"x\"} | $.ssn: not allowed (additionalProperties is false)",
        "[] | $: expected \"object\" but was array",
      })
  void reportsEachViolationByPath(String value, String expected) throws Exception {
    var violations = SchemaValidator.violations(JSON.readTree(SCHEMA), JSON.readTree(value));

    if (expected == null) {
      assertThat(violations).isEmpty();
    } else {
      assertThat(violations).containsExactly(expected);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"{\"number\":\"123-45-6789\",\"class\":\"C\"}"})
  void neverRepeatsTheValueInAMessage(String value) throws Exception {
    JsonNode schema = JSON.readTree(SCHEMA);

    assertThat(String.join(" ", SchemaValidator.violations(schema, JSON.readTree(value))))
        .doesNotContain("123-45-6789");
  }
}
