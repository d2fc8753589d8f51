package onramp.onboarding.licence;

import java.nio.file.Path;

/**
 * Reads the licence images of an application folder. One implementation per licence family (AAMVA
 * today); a new jurisdiction is a new reader plus a policy file.
 */
public interface LicenceReader {
  LicenceRead read(Path folder);
}
