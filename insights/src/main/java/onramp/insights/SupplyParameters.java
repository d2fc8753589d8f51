package onramp.insights;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** The supply model's parameters in insights_supply_parameter: read them, change one. */
public final class SupplyParameters {
  private final DataSource dataSource;

  public SupplyParameters(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public List<Supply.Parameter> all() {
    try (Connection c = dataSource.getConnection()) {
      return read(new Sql(c));
    } catch (SQLException e) {
      throw new ReportException(
          "The supply model's parameters could not be read: " + e.getMessage(), e);
    }
  }

  static List<Supply.Parameter> read(Sql sql) {
    return sql.list(
        "SELECT name, value, low, high, unit, basis, note FROM insights_supply_parameter ORDER BY name",
        rs ->
            new Supply.Parameter(
                rs.getString("name"),
                rs.getDouble("value"),
                rs.getDouble("low"),
                rs.getDouble("high"),
                rs.getString("unit"),
                rs.getString("basis"),
                rs.getString("note")));
  }

  /**
   * Sets a parameter's value (and widens its band to hold it). A value someone sets is theirs to
   * vouch for, so it is recorded with its basis and who set it.
   */
  public void set(String name, double value, String basis, String by) {
    if (!(basis.equals("MEASURED") || basis.equals("ASSUMPTION"))) {
      throw new ReportException("basis must be MEASURED or ASSUMPTION, not '" + basis + "'");
    }
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new ReportException("the value of " + name + " must be a number ≥ 0, not " + value);
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                """
                UPDATE insights_supply_parameter
                SET value = ?, low = least(low, ?), high = greatest(high, ?), basis = ?,
                    updated_by = ?, updated_at = now()
                WHERE name = ?""")) {
      ps.setDouble(1, value);
      ps.setDouble(2, value);
      ps.setDouble(3, value);
      ps.setString(4, basis);
      ps.setString(5, by);
      ps.setString(6, name);
      if (ps.executeUpdate() == 0) {
        throw new ReportException(
            "No supply parameter named '"
                + name
                + "'; the names are: "
                + String.join(", ", all().stream().map(Supply.Parameter::name).toList()));
      }
    } catch (SQLException e) {
      throw new ReportException(
          "The parameter " + name + " could not be saved: " + e.getMessage(), e);
    }
  }
}
