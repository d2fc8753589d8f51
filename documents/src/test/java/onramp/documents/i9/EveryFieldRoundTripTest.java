package onramp.documents.i9;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import onramp.documents.synthetic.FillOptions;
import onramp.documents.synthetic.I9Content;
import onramp.documents.synthetic.I9Filler;
import org.junit.jupiter.api.Test;

/** Writes a distinct value into every field of the form and finds each one where it belongs. */
class EveryFieldRoundTripTest {
  @Test
  void everyFieldOfTheFormEndsUpInItsPlaceInTheTypedForm() {
    I9Content content = I9Content.empty();
    for (I9Field f : I9Field.values()) {
      if (f == I9Field.REVERIFICATION_2_DOCUMENT_TITLE || f == I9Field.PREPARER_2_FIRST_NAME) {
        continue; // the form's defects: no field of their own
      }
      content =
          switch (f.kind()) {
            case CHECKBOX -> content.checked(f);
            case CHOICE -> content.with(f, "NY");
            case TEXT -> content.with(f, f == I9Field.SSN ? "912456789" : token(f));
          };
    }

    I9Form form =
        I9Reader.standard().read("i9.pdf", I9Filler.fill(content, FillOptions.fillable()));

    Map<I9Field, Object> found = new EnumMap<>(I9Field.class);
    collect(form, found);
    for (I9Field f : I9Field.values()) {
      Object v = found.get(f);
      switch (f) {
        case SSN -> assertThat(form.section1().ssn().last4()).contains("6789");
        case PREPARER_2_FIRST_NAME ->
            assertThat(v)
                .isInstanceOfSatisfying(
                    FieldValue.class, value -> assertThat(value.isBlank()).isTrue());
        case REVERIFICATION_2_DOCUMENT_TITLE ->
            assertThat(v)
                .isInstanceOfSatisfying(
                    FieldValue.class,
                    value -> assertThat(value.text()).isEqualTo(token(I9Field.LIST_A_1_TITLE)));
        default -> {
          assertThat(v).as(f.name()).isNotNull();
          if (v instanceof CheckBox box) {
            assertThat(box.checked()).as(f.name()).isTrue();
          } else {
            String expected = f.kind() == I9Field.Kind.CHOICE ? "NY" : token(f);
            assertThat(v)
                .as(f.name())
                .isInstanceOfSatisfying(
                    FieldValue.class, value -> assertThat(value.text()).isEqualTo(expected));
          }
        }
      }
    }
  }

  /** Short enough for the one-character and ten-character fields, distinct for the rest. */
  private static String token(I9Field f) {
    int max = FormLayout.official().maxLength(f);
    String t = "v" + f.ordinal();
    return max == 1
        ? String.valueOf((char) ('A' + f.ordinal() % 26))
        : max > 0 && t.length() > max ? t.substring(0, max) : t;
  }

  private static void collect(Object o, Map<I9Field, Object> found) {
    if (o instanceof FieldValue v) {
      found.put(v.field(), v);
    } else if (o instanceof CheckBox b) {
      found.put(b.field(), b);
    } else if (o instanceof Optional<?> opt) {
      opt.ifPresent(x -> collect(x, found));
    } else if (o instanceof Collection<?> c) {
      c.forEach(x -> collect(x, found));
    } else if (o instanceof Record r) {
      for (RecordComponent rc : r.getClass().getRecordComponents()) {
        try {
          collect(rc.getAccessor().invoke(r), found);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    }
  }
}
