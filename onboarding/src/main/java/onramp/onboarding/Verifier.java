package onramp.onboarding;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import onramp.documents.i9.I9Reader;
import onramp.documents.model.ModelReaders;
import onramp.gateway.audit.InMemoryAuditLog;
import onramp.gateway.budget.InMemoryBudgets;
import onramp.onboarding.application.Application;
import onramp.onboarding.application.ApplicationReader;
import onramp.onboarding.application.InvalidApplicationException;
import onramp.onboarding.i9.I9Documents;
import onramp.onboarding.i9.I9Fields;
import onramp.onboarding.i9.I9Rules;
import onramp.onboarding.identity.IdentityRule;
import onramp.onboarding.licence.AamvaLicenceReader;
import onramp.onboarding.licence.FrontBackRule;
import onramp.onboarding.licence.LicenceFields;
import onramp.onboarding.licence.LicenceRead;
import onramp.onboarding.licence.LicenceReader;
import onramp.onboarding.licence.LicenceRules;
import onramp.onboarding.policy.Policies;
import onramp.onboarding.policy.Policy;

/**
 * Verifies one application folder: reads the documents, runs every rule, decides. Thread-safe; one
 * instance serves many folders.
 */
public final class Verifier {
  private final LicenceReader licenceReader;
  private final I9Documents i9Reader;
  private final Policies policies;
  private final List<Rule> rules;

  private Verifier(
      LicenceReader licenceReader, I9Documents i9Reader, Policies policies, List<Rule> rules) {
    this.licenceReader = licenceReader;
    this.i9Reader = i9Reader;
    this.policies = policies;
    this.rules = List.copyOf(rules);
  }

  public static Verifier of(LicenceReader licenceReader, I9Documents i9Reader, Policies policies) {
    List<Rule> rules = new ArrayList<>(LicenceRules.all());
    rules.add(new FrontBackRule());
    rules.add(new IdentityRule());
    rules.add(new I9Rules());
    return new Verifier(licenceReader, i9Reader, policies, rules);
  }

  /**
   * The readers and policies shipped with Onramp: AAMVA licences, the official Form I-9, and the
   * model readers configured by {@code ONRAMP_GATEWAY_CONFIG} (off when it is unset). Budgets and
   * audit are in memory here; the service passes its PostgreSQL-backed ones to {@link
   * #standard(ModelReaders)}.
   */
  public static Verifier standard() {
    return standard(
        ModelReaders.fromConfiguration(
            ModelReaders.configuredGatewayYaml(),
            InMemoryBudgets.create(java.time.Clock.systemUTC()),
            InMemoryAuditLog.create()));
  }

  public static Verifier standard(ModelReaders models) {
    I9Reader i9 = models.i9().<I9Reader>map(I9Reader::with).orElseGet(I9Reader::standard);
    return of(AamvaLicenceReader.standard(models), I9Documents.using(i9), Policies.builtIn());
  }

  /**
   * Verifies {@code folder} as of {@code decisionDate}.
   *
   * @throws FolderUnreadableException when the folder does not exist or is not a directory
   */
  public Verification verify(Path folder, LocalDate decisionDate) {
    long start = System.nanoTime();
    String name =
        folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
    if (!Files.isDirectory(folder)) {
      throw new FolderUnreadableException(
          folder + " is not a directory; pass application folders.");
    }
    if (!Files.isReadable(folder)) {
      throw new FolderUnreadableException(folder + " cannot be read (permissions).");
    }
    LicenceRead read = licenceReader.read(folder);
    I9Documents.Read i9 = i9Reader.read(folder);
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("dl", LicenceFields.of(read));
    fields.put("i9", I9Fields.of(i9.form()));
    Application application;
    try {
      application = ApplicationReader.read(folder);
    } catch (InvalidApplicationException e) {
      List<Reason> reasons = List.of(Reason.of(ReasonCode.APPLICATION_INVALID, e.getMessage()));
      return new Verification(name, Outcome.from(reasons), reasons, fields, elapsedSince(start));
    }
    Optional<Policy> policy =
        read.licence()
            .flatMap(dl -> policies.forJurisdiction(dl.jurisdiction().value()))
            .or(
                () ->
                    read.licence().isEmpty()
                        ? policies.forJurisdiction(application.licenseState())
                        : Optional.empty());
    CaseFile file =
        new CaseFile(
            application,
            read.licence(),
            read.front(),
            i9.form(),
            i9.problems(),
            policy,
            decisionDate);
    List<Reason> reasons = new ArrayList<>(read.problems());
    if (policy.map(Policy::requiresFormI9).orElse(true)) {
      reasons.addAll(i9.problems());
    }
    rules.forEach(rule -> reasons.addAll(rule.check(file)));
    return new Verification(
        name, Outcome.from(reasons), List.copyOf(reasons), fields, elapsedSince(start));
  }

  private static long elapsedSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
