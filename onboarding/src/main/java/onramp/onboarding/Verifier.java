package onramp.onboarding;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import onramp.documents.front.FrontReader;
import onramp.documents.i9.I9Reader;
import onramp.documents.model.ModelReaders;
import onramp.onboarding.application.Application;
import onramp.onboarding.application.ApplicationReader;
import onramp.onboarding.application.Documents;
import onramp.onboarding.application.InvalidApplicationException;
import onramp.onboarding.casefile.CaseFile;
import onramp.onboarding.casefile.Rule;
import onramp.onboarding.decision.Reason;
import onramp.onboarding.decision.ReasonCode;
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
 * Verifies one application: reads its documents, runs every rule, decides. The entry is {@link
 * #verify(Application, Documents, LocalDate)}, in memory; {@link #verify(Path, LocalDate)} adapts
 * an application folder to it. Thread-safe; one instance serves many applications.
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
   * The readers and policies shipped with Onramp: AAMVA licences with {@code front} for the
   * licence-front OCR, the official Form I-9, and {@code models} for what OCR cannot read (built by
   * the caller from its configuration; {@link ModelReaders#off} when there is none).
   */
  public static Verifier standard(FrontReader front, ModelReaders models) {
    I9Reader i9 = models.i9().<I9Reader>map(I9Reader::with).orElseGet(I9Reader::standard);
    return of(
        AamvaLicenceReader.standard(front, models), I9Documents.using(i9), Policies.builtIn());
  }

  /**
   * Verifies what the applicant typed and uploaded, as of {@code decisionDate}; nothing is written
   * anywhere.
   */
  public Verification verify(Application application, Documents documents, LocalDate decisionDate) {
    return verify(documents.application(), documents, () -> application, decisionDate);
  }

  /**
   * Verifies an application folder (DESIGN.md layout: {@code application.json} and the document
   * files) as of {@code decisionDate}. A missing or invalid {@code application.json} is a decision
   * (APPLICATION_INVALID, with what was read from the documents), not an exception.
   *
   * @throws FolderUnreadableException when the folder does not exist or is not a directory
   */
  public Verification verify(Path folder, LocalDate decisionDate) {
    String name =
        folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
    if (!Files.isDirectory(folder)) {
      throw new FolderUnreadableException(
          folder + " is not a directory; pass application folders.");
    }
    if (!Files.isReadable(folder)) {
      throw new FolderUnreadableException(folder + " cannot be read (permissions).");
    }
    Documents documents;
    try {
      documents = Documents.inFolder(folder);
    } catch (UncheckedIOException e) {
      throw new FolderUnreadableException(folder + " cannot be listed: " + e.getMessage());
    }
    return verify(name, documents, () -> ApplicationReader.read(folder), decisionDate);
  }

  private Verification verify(
      String name, Documents documents, Supplier<Application> signup, LocalDate decisionDate) {
    long start = System.nanoTime();
    LicenceRead read = licenceReader.read(documents);
    I9Documents.Read i9 = i9Reader.read(documents);
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("dl", LicenceFields.of(read));
    fields.put("i9", I9Fields.of(i9.form()));
    Application application;
    try {
      application = signup.get();
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
