package onramp.documents.aamva;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The public sample payloads copied into src/test/resources/aamva (see the README there). */
final class Samples {
  static final List<String> FILES =
      List.of(
          "aamvajs-stripped/PDF417_CT.txt",
          "aamvajs-stripped/PDF417_FL.txt",
          "aamvajs-stripped/PDF417_MD.txt",
          "aamvajs-stripped/PDF417_NH.txt",
          "aamvajs-stripped/PDF417_TX.txt",
          "benhovinga/v01.txt",
          "benhovinga/v10.txt",
          "idparser/Ids_TN.txt",
          "idparser/Invalid_Header.txt",
          "idparser/Leading_Whitespace.txt",
          "idparser/Licenses_AB.txt",
          "idparser/Licenses_AK.txt",
          "idparser/Licenses_AL.txt",
          "idparser/Licenses_AR.txt",
          "idparser/Licenses_AZ.txt",
          "idparser/Licenses_CA.txt",
          "idparser/Licenses_CO.txt",
          "idparser/Licenses_CO_2013.txt",
          "idparser/Licenses_CT.txt",
          "idparser/Licenses_CT_Multiple_Middle_Names.txt",
          "idparser/Licenses_CT_No_Middle_Name.txt",
          "idparser/Licenses_CT_Suffix.txt",
          "idparser/Licenses_CT_Undefined_Characters.txt",
          "idparser/Licenses_CT_Web_Browser.txt",
          "idparser/Licenses_DC.txt",
          "idparser/Licenses_DE.txt",
          "idparser/Licenses_FL.txt",
          "idparser/Licenses_GA.txt",
          "idparser/Licenses_HI.txt",
          "idparser/Licenses_IA.txt",
          "idparser/Licenses_ID.txt",
          "idparser/Licenses_IL.txt",
          "idparser/Licenses_IN.txt",
          "idparser/Licenses_KS.txt",
          "idparser/Licenses_KY.txt",
          "idparser/Licenses_LA.txt",
          "idparser/Licenses_MA_2009.txt",
          "idparser/Licenses_MA_2016.txt",
          "idparser/Licenses_MA_No_Middle_Name.txt",
          "idparser/Licenses_MA_Piped.txt",
          "idparser/Licenses_MD.txt",
          "idparser/Licenses_ME.txt",
          "idparser/Licenses_MI.txt",
          "idparser/Licenses_MN.txt",
          "idparser/Licenses_MO.txt",
          "idparser/Licenses_MS.txt",
          "idparser/Licenses_MT.txt",
          "idparser/Licenses_NB.txt",
          "idparser/Licenses_NC.txt",
          "idparser/Licenses_ND.txt",
          "idparser/Licenses_NH.txt",
          "idparser/Licenses_NJ.txt",
          "idparser/Licenses_NM.txt",
          "idparser/Licenses_NV.txt",
          "idparser/Licenses_NY.txt",
          "idparser/Licenses_OH.txt",
          "idparser/Licenses_ON.txt",
          "idparser/Licenses_OR.txt",
          "idparser/Licenses_PA.txt",
          "idparser/Licenses_PA_2016.txt",
          "idparser/Licenses_PA_Three_Middle_Names.txt",
          "idparser/Licenses_PA_Two_Middle_Names.txt",
          "idparser/Licenses_PE.txt",
          "idparser/Licenses_PR.txt",
          "idparser/Licenses_RI.txt",
          "idparser/Licenses_SC.txt",
          "idparser/Licenses_TX.txt",
          "idparser/Licenses_UT.txt",
          "idparser/Licenses_VA.txt",
          "idparser/Licenses_VT.txt",
          "idparser/Licenses_WA.txt",
          "idparser/Licenses_WI.txt",
          "idparser/Licenses_WV.txt",
          "idparser/Licenses_WY.txt");

  /** Rejected on purpose: a placeholder card (IIN 111111) whose expiry 11111112 is no date. */
  static final String BROKEN = "aamvajs-stripped/PDF417_NH.txt";

  private Samples() {}

  static String read(String file) {
    try (InputStream in = Samples.class.getResourceAsStream("/aamva/" + file)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource aamva/" + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> parseable() {
    return FILES.stream().filter(f -> !f.equals(BROKEN)).toList();
  }
}
