package onramp.workspace.usage;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * RFC 4180 rows with Jackson's CSV writer (already the module's CSV library): CRLF line ends, a
 * field quoted only when it holds a comma, a quote or a line break.
 */
final class CsvRows implements AutoCloseable {
  private static final CsvMapper MAPPER =
      CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
  private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");
  private final SequenceWriter out;

  CsvRows(Writer out) throws IOException {
    this.out = MAPPER.writerFor(String[].class).with(SCHEMA).writeValues(out);
  }

  void row(List<String> fields) throws IOException {
    out.write(fields.toArray(String[]::new));
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
