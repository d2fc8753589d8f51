package onramp.onboarding.licence;

import onramp.onboarding.application.Documents;

/**
 * Reads the licence images of an application. One implementation per licence family (AAMVA today);
 * a new jurisdiction is a new reader plus a policy file.
 */
public interface LicenceReader {
  LicenceRead read(Documents documents);
}
