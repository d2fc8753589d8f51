package onramp.app.cli;

import java.time.Clock;
import onramp.app.system.config.ReaderSettings;
import onramp.documents.front.FrontReader;
import onramp.documents.model.ModelReaders;
import onramp.gateway.audit.InMemoryAuditLog;
import onramp.gateway.budget.InMemoryBudgets;
import onramp.onboarding.Verifier;

/**
 * The readers a command verifies with, built once from {@link ReaderSettings}: the licence-front
 * OCR, and the model readers with their budgets and audit in memory (the service keeps them in
 * PostgreSQL). Says which steps are off before anything is verified.
 */
final class CommandReaders implements AutoCloseable {
  private final FrontReader front;
  private final ModelReaders models;

  private CommandReaders(FrontReader front, ModelReaders models) {
    this.front = front;
    this.models = models;
  }

  static CommandReaders open(String command) {
    ReaderSettings settings = ReaderSettings.fromSystem();
    FrontReader front = settings.frontReader();
    StepsOff.warn(command, front);
    try {
      return new CommandReaders(
          front,
          settings.modelReaders(
              InMemoryBudgets.create(Clock.systemUTC()), InMemoryAuditLog.create()));
    } catch (RuntimeException e) {
      front.close();
      throw e;
    }
  }

  FrontReader front() {
    return front;
  }

  Verifier verifier() {
    return Verifier.standard(front, models);
  }

  @Override
  public void close() {
    try (front) {
      models.close();
    }
  }
}
