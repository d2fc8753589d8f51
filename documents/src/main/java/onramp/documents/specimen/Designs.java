package onramp.documents.specimen;

import static onramp.documents.specimen.Card.Role.*;
import static onramp.documents.specimen.SpecimenFonts.Face.*;

import java.awt.Color;
import java.awt.Font;
import onramp.documents.specimen.Card.LabelStyle;
import onramp.documents.specimen.Card.Role;

/**
 * The fourteen card designs. Coordinates are pixels of a 1012 × 638 card (300 dpi CR80); each field
 * moves by a pixel or two and colours vary a little from card to card, as print runs do.
 */
final class Designs {
  private static final Color RED = new Color(0xB0, 0x1E, 0x23);

  private Designs() {}

  // ---- helpers -------------------------------------------------------------------------------

  private static void f(Card k, Role role, String label, double x, double y, double w) {
    k.field(role, label, k.jitter(x, 2), k.jitter(y, 1.5), w);
  }

  private static void f(
      Card k, Role role, String label, double x, double y, double w, Color colour) {
    k.field(role, label, k.jitter(x, 2), k.jitter(y, 1.5), w, colour);
  }

  private static void plain(Card k, Role role, Font font, double x, double y, double w) {
    k.text(role, k.value(role), font, k.valueColor, k.jitter(x, 2), k.jitter(y, 1.5), w);
  }

  private static void title(Card k, String s, Font font, Color col, double x, double y) {
    k.text(TITLE, s, font, col, x, y, Card.WIDTH - x - 20);
  }

  private static void titleRight(Card k, String s, Font font, Color col, double right, double y) {
    double w = k.textWidth(s, font);
    k.text(TITLE, s, font, col, right - w, y, w + 1);
  }

  private static String seal(Card k) {
    return "STATE OF " + k.c.jurisdictionName() + " * ";
  }

  private static void realId(Card k, double x, double y, Color col) {
    k.g.setColor(col);
    k.g.fill(Card.star(x, y, 22, 9, 5));
  }

  private static void finish(Card k, Color frame) {
    k.roundedFrame(frame, 3);
    k.roundCorners();
  }

  // ---- DEV -----------------------------------------------------------------------------------

  static void numberedPortraitLeft(Card k) {
    Color navy = k.tint(0x1F3A6B, 12);
    k.gradient(k.tint(0xE6EEF6, 6), k.tint(0xF6F1E4, 6), false);
    k.guilloche(k.tint(0x3A6EA5, 15), 0.18, 60, 18, 260, 0.21, 0.8, 0);
    k.guilloche(k.tint(0xA57A3A, 15), 0.12, 50, 12, 180, 0.33, 0.7, 8);
    k.seal(700, 390, 150, navy, 0.10, seal(k), LIBERATION_SERIF);
    title(k, k.c.jurisdictionName(), Card.font(LIBERATION_SERIF, true, 44), navy, 36, 70);
    titleRight(k, "DRIVER LICENSE", Card.font(LIBERATION_SANS, true, 30), RED, 976, 66);
    titleRight(k, "USA", Card.font(LIBERATION_SANS, true, 18), navy, 976, 96);
    realId(k, 940, 130, k.tint(0xC9A227, 10));
    k.portrait(36, 130, 250, 320, 1, false);
    k.portrait(830, 440, 120, 150, 0.22, true);
    k.signature(50, 500, 210, Color.BLACK);
    k.labelFont = Card.font(LIBERATION_SANS, false, 15);
    k.labelColor = navy;
    k.valueFont = Card.font(LIBERATION_SANS, true, 25);
    f(k, NUMBER, "4d DLN", 310, 165, 480);
    f(k, LAST_NAME, "1", 310, 207, 660);
    f(k, GIVEN_NAMES, "2", 310, 244, 660);
    k.valueFont = Card.font(LIBERATION_SANS, true, 20);
    f(k, STREET, "8", 310, 282, 660);
    plain(k, CITY_LINE, k.valueFont, 330, 308, 640);
    k.valueFont = Card.font(LIBERATION_SANS, true, 25);
    f(k, DATE_OF_BIRTH, "3 DOB", 310, 358, 260, RED);
    f(k, EXPIRATION_DATE, "4b EXP", 590, 358, 300);
    f(k, ISSUE_DATE, "4a ISS", 310, 398, 260);
    f(k, CLASS, "9 CLASS", 590, 398, 200);
    f(k, ENDORSEMENTS, "9a END", 310, 438, 260);
    f(k, RESTRICTIONS, "12 REST", 590, 438, 200);
    f(k, SEX, "15 SEX", 310, 478, 130);
    f(k, HEIGHT, "16 HGT", 450, 478, 170);
    f(k, EYES, "18 EYES", 640, 478, 170);
    k.microprint(k.c.jurisdictionName(), 622, Card.alpha(navy, 0.5), 7);
    finish(k, navy);
  }

  static void numbersOnly(Card k) {
    Color green = k.tint(0x1E5B3A, 10);
    k.gradient(k.tint(0xF2F2EA, 5), k.tint(0xE9F0E6, 5), true);
    k.guilloche(k.tint(0x2E7D4F, 12), 0.14, 90, 10, 140, 0.17, 0.7, 0);
    k.guilloche(k.tint(0xC08A2A, 12), 0.10, 70, 16, 230, 0.29, 0.7, -12);
    k.waves(560, 25, 260, k.tint(0x2E7D4F, 10), 0.12);
    k.band(0, 96, green, k.tint(0x2A8C8C, 10));
    title(k, k.c.jurisdictionName(), Card.font(LIBERATION_SANS, true, 46), Color.WHITE, 30, 62);
    titleRight(k, "DRIVER LICENSE", Card.font(LIBERATION_SANS, true, 24), Color.WHITE, 980, 60);
    k.portrait(740, 122, 240, 300, 1, false);
    k.portrait(590, 470, 100, 125, 0.2, true);
    k.signature(750, 470, 220, new Color(0x10, 0x10, 0x40));
    k.labelFont = Card.font(DEJAVU_SANS, false, 14);
    k.labelColor = Color.DARK_GRAY;
    k.valueFont = Card.font(DEJAVU_MONO, true, 28);
    f(k, NUMBER, "4d", 30, 150, 560, k.tint(0x8B1A1A, 10));
    Font name = Card.condensed(DEJAVU_SANS, true, 30, 0.86);
    plain(k, LAST_NAME, name, 30, 200, 680);
    plain(k, GIVEN_NAMES, name, 30, 238, 680);
    k.valueFont = Card.condensed(DEJAVU_SANS, true, 21, 0.88);
    f(k, STREET, "8", 30, 282, 680);
    plain(k, CITY_LINE, k.valueFont, 52, 308, 660);
    k.valueFont = Card.condensed(DEJAVU_SANS, true, 26, 0.86);
    f(k, DATE_OF_BIRTH, "3", 30, 368, 240);
    f(k, EXPIRATION_DATE, "4b", 300, 368, 260);
    f(k, ISSUE_DATE, "4a", 30, 408, 240);
    f(k, CLASS, "9", 300, 408, 150);
    f(k, SEX, "15", 30, 448, 100);
    f(k, HEIGHT, "16", 150, 448, 140);
    f(k, EYES, "18", 300, 448, 140);
    f(k, ENDORSEMENTS, "9a", 30, 488, 240);
    f(k, RESTRICTIONS, "12", 300, 488, 240);
    finish(k, green);
  }

  static void colonLabels(Card k) {
    Color brown = k.tint(0x7A2E1A, 10);
    k.gradient(k.tint(0xFBF3E2, 5), k.tint(0xEADFC8, 5), true);
    k.guilloche(k.tint(0x8A5A2B, 10), 0.12, 70, 14, 200, 0.25, 0.7, 4);
    k.seal(560, 350, 190, brown, 0.08, seal(k), LIBERATION_SERIF);
    title(k, k.c.jurisdictionName(), Card.font(LIBERATION_SERIF, true, 48), brown, 300, 64);
    title(k, "DRIVER'S LICENSE", Card.font(LIBERATION_SERIF, false, 26), Color.BLACK, 302, 100);
    k.portrait(40, 40, 230, 290, 1, false);
    k.portrait(60, 455, 110, 140, 0.2, true);
    k.signature(50, 380, 200, Color.BLACK);
    k.labelFont = Card.font(LIBERATION_SANS, true, 15);
    k.labelColor = brown;
    k.valueFont = Card.font(LIBERATION_SERIF, true, 25);
    f(k, NUMBER, "DL NO:", 300, 160, 520);
    plain(k, LAST_NAME, Card.font(LIBERATION_SERIF, true, 28), 300, 206, 670);
    plain(k, GIVEN_NAMES, Card.font(LIBERATION_SERIF, true, 26), 300, 242, 670);
    k.valueFont = Card.font(LIBERATION_SERIF, false, 21);
    plain(k, STREET, k.valueFont, 300, 280, 670);
    plain(k, CITY_LINE, k.valueFont, 300, 306, 670);
    k.valueFont = Card.font(LIBERATION_SERIF, true, 25);
    f(k, DATE_OF_BIRTH, "DOB:", 300, 360, 300);
    f(k, EXPIRATION_DATE, "EXP:", 640, 360, 330);
    f(k, ISSUE_DATE, "ISS:", 300, 400, 300);
    f(k, CLASS, "CLASS:", 640, 400, 200);
    f(k, SEX, "SEX:", 300, 440, 120);
    f(k, HEIGHT, "HGT:", 440, 440, 180);
    f(k, EYES, "EYES:", 640, 440, 200);
    f(k, ENDORSEMENTS, "END:", 300, 480, 300);
    f(k, RESTRICTIONS, "REST:", 640, 480, 300);
    finish(k, brown);
  }

  static void licHashBand(Card k) {
    Color blue = k.tint(0x0E3B7A, 10);
    k.gradient(Color.WHITE, k.tint(0xE2ECF8, 5), false);
    k.guilloche(k.tint(0x6A3FA0, 12), 0.13, 110, 6, 90, 0.15, 0.6, 0);
    k.rosette(250, 430, 120, 9, 6, k.tint(0x6A3FA0, 12), 0.15);
    k.band(0, 112, blue, k.tint(0x2E6DB4, 10));
    title(k, k.c.jurisdictionName(), Card.font(LIBERATION_SANS, true, 50), Color.WHITE, 32, 66);
    title(k, "DRIVER'S LICENSE", Card.font(LIBERATION_SANS, false, 22), Color.WHITE, 34, 99);
    realId(k, 960, 56, k.tint(0xF2C94C, 8));
    k.portrait(752, 135, 230, 290, 1, false);
    k.portrait(40, 470, 110, 135, 0.18, true);
    k.signature(760, 478, 210, new Color(0x10, 0x10, 0x50));
    k.labelFont = Card.font(LIBERATION_SANS, true, 16);
    k.labelColor = blue;
    k.valueFont = Card.font(LIBERATION_SANS, true, 26);
    f(k, NUMBER, "LIC#", 36, 162, 600);
    f(k, LAST_NAME, "LN", 36, 206, 690);
    f(k, GIVEN_NAMES, "FN", 36, 244, 690);
    k.valueFont = Card.font(LIBERATION_SANS, false, 21);
    plain(k, STREET, k.valueFont, 36, 284, 690);
    plain(k, CITY_LINE, k.valueFont, 36, 310, 690);
    k.valueFont = Card.font(LIBERATION_SANS, true, 26);
    f(k, DATE_OF_BIRTH, "DOB", 36, 362, 320);
    f(k, EXPIRATION_DATE, "EXP", 380, 362, 330);
    f(k, ISSUE_DATE, "ISS", 36, 402, 320);
    f(k, CLASS, "CLASS", 380, 402, 200);
    f(k, SEX, "SEX", 36, 442, 120);
    f(k, HEIGHT, "HT", 176, 442, 170);
    f(k, EYES, "EYES", 380, 442, 200);
    f(k, ENDORSEMENTS, "END", 36, 482, 320);
    f(k, RESTRICTIONS, "REST", 380, 482, 320);
    finish(k, blue);
  }

  static void idColonDashDates(Card k) {
    Color green = k.tint(0x1D4D2B, 10);
    k.gradient(k.tint(0xEAF3E6, 5), k.tint(0xF7F7EE, 5), false);
    k.guilloche(k.tint(0x2F6B3F, 12), 0.20, 140, 8, 70, 0.11, 0.6, 0);
    k.guilloche(k.tint(0x2F6B3F, 12), 0.12, 90, 14, 110, 0.23, 0.6, 25);
    title(k, k.c.jurisdictionName(), Card.font(LIBERATION_SANS, true, 40), green, 36, 58);
    title(k, "DRIVER LICENSE", Card.font(LIBERATION_SANS, false, 22), Color.BLACK, 36, 90);
    titleRight(k, "USA", Card.font(LIBERATION_SANS, true, 22), green, 976, 58);
    k.portrait(36, 120, 220, 280, 1, false);
    k.portrait(820, 70, 100, 125, 0.2, true);
    k.signature(40, 455, 200, Color.BLACK);
    k.labelFont = Card.font(LIBERATION_SANS, false, 15);
    k.labelColor = green;
    k.valueFont = Card.font(LIBERATION_MONO, true, 24);
    f(k, NUMBER, "ID:", 280, 152, 560);
    plain(k, LAST_NAME, Card.font(LIBERATION_MONO, true, 27), 280, 197, 700);
    plain(k, GIVEN_NAMES, Card.font(LIBERATION_MONO, true, 25), 280, 232, 700);
    k.valueFont = Card.font(LIBERATION_MONO, false, 20);
    plain(k, STREET, k.valueFont, 280, 272, 700);
    plain(k, CITY_LINE, k.valueFont, 280, 298, 700);
    k.valueFont = Card.font(LIBERATION_MONO, true, 24);
    f(k, DATE_OF_BIRTH, "DOB:", 280, 348, 320);
    f(k, EXPIRATION_DATE, "EXP:", 620, 348, 340);
    f(k, ISSUE_DATE, "ISS:", 280, 388, 320);
    f(k, CLASS, "CLASS:", 620, 388, 200);
    f(k, SEX, "SEX:", 280, 428, 120);
    f(k, HEIGHT, "HGT:", 420, 428, 180);
    f(k, EYES, "EYES:", 620, 428, 200);
    f(k, ENDORSEMENTS, "END:", 280, 468, 320);
    f(k, RESTRICTIONS, "REST:", 620, 468, 340);
    finish(k, green);
  }

  static void dlnCondensed(Card k) {
    Color navy = k.tint(0x15305E, 10);
    k.gradient(k.tint(0xF4E9EC, 5), k.tint(0xE4ECF6, 5), false);
    k.guilloche(k.tint(0xB03030, 12), 0.10, 70, 22, 330, 0.19, 0.7, 0);
    k.guilloche(k.tint(0x3050B0, 12), 0.10, 70, 18, 270, 0.27, 0.7, -6);
    k.seal(860, 470, 120, navy, 0.12, seal(k), LIBERATION_SANS);
    title(k, k.c.jurisdictionName(), Card.condensed(LIBERATION_SANS, true, 52, 0.8), navy, 30, 62);
    titleRight(k, "DRIVER LICENSE", Card.condensed(LIBERATION_SANS, true, 26, 0.8), RED, 980, 60);
    k.portrait(30, 110, 240, 300, 1, false);
    k.portrait(800, 120, 130, 165, 0.22, true);
    k.signature(40, 470, 200, Color.BLACK);
    k.labelFont = Card.condensed(LIBERATION_SANS, false, 16, 0.85);
    k.labelColor = navy;
    k.valueFont = Card.condensed(LIBERATION_SANS, true, 28, 0.8);
    f(k, NUMBER, "4d DLN", 295, 147, 500);
    f(k, LAST_NAME, "1", 295, 193, 680);
    f(k, GIVEN_NAMES, "2", 295, 231, 680);
    k.valueFont = Card.condensed(LIBERATION_SANS, true, 22, 0.8);
    f(k, STREET, "8", 295, 271, 680);
    plain(k, CITY_LINE, k.valueFont, 315, 297, 660);
    k.valueFont = Card.condensed(LIBERATION_SANS, true, 28, 0.8);
    f(k, DATE_OF_BIRTH, "3 DOB", 295, 352, 250, RED);
    f(k, EXPIRATION_DATE, "4b EXP", 560, 352, 260);
    f(k, ISSUE_DATE, "4a ISS", 295, 394, 250);
    f(k, CLASS, "9 CLASS", 560, 394, 200);
    f(k, SEX, "15 SEX", 295, 436, 110);
    f(k, HEIGHT, "16 HGT", 420, 436, 160);
    f(k, EYES, "18 EYES", 600, 436, 170);
    f(k, ENDORSEMENTS, "9a END", 295, 478, 250);
    f(k, RESTRICTIONS, "12 RSTR", 560, 478, 250);
    finish(k, navy);
  }

  static void serifDashDates(Card k) {
    Color bronze = k.tint(0x6B4A12, 10);
    k.gradient(k.tint(0xFAF5E4, 4), k.tint(0xF1E8CF, 4), true);
    k.rosette(720, 330, 220, 12, 10, bronze, 0.12);
    k.guilloche(bronze, 0.08, 60, 10, 150, 0.2, 0.6, 0);
    title(k, k.c.jurisdictionName(), Card.font(DEJAVU_SERIF, true, 46), bronze, 36, 60);
    title(k, "DRIVER LICENSE", Card.font(DEJAVU_SERIF, false, 22), Color.BLACK, 38, 92);
    k.portrait(36, 120, 230, 290, 1, false);
    k.portrait(700, 250, 160, 200, 0.16, true);
    k.signature(40, 470, 210, Color.BLACK);
    k.labelFont = Card.font(LIBERATION_SANS, true, 15);
    k.labelColor = bronze;
    k.valueFont = Card.font(LIBERATION_SERIF, true, 25);
    f(k, NUMBER, "DL NO", 290, 152, 500);
    plain(k, LAST_NAME, Card.font(LIBERATION_SERIF, true, 34), 290, 204, 690);
    plain(k, GIVEN_NAMES, Card.font(LIBERATION_SERIF, true, 26), 290, 241, 690);
    k.valueFont = Card.font(LIBERATION_SERIF, false, 21);
    plain(k, STREET, k.valueFont, 290, 281, 690);
    plain(k, CITY_LINE, k.valueFont, 290, 307, 690);
    k.valueFont = Card.font(LIBERATION_SERIF, true, 25);
    f(k, DATE_OF_BIRTH, "DOB", 290, 358, 300);
    f(k, EXPIRATION_DATE, "EXP", 620, 358, 330);
    f(k, ISSUE_DATE, "ISS", 290, 398, 300);
    f(k, CLASS, "CLASS", 620, 398, 200);
    f(k, SEX, "SEX", 290, 438, 120);
    f(k, HEIGHT, "HGT", 420, 438, 180);
    f(k, EYES, "EYES", 620, 438, 200);
    f(k, ENDORSEMENTS, "END", 290, 478, 300);
    f(k, RESTRICTIONS, "REST", 620, 478, 330);
    finish(k, bronze);
  }

  static void ontarioBilingual(Card k) {
    Color blue = k.tint(0x1C3F94, 10);
    k.gradient(k.tint(0xEEF2F8, 4), Color.WHITE, false);
    k.guilloche(k.tint(0x1C3F94, 10), 0.12, 80, 14, 180, 0.2, 0.7, 0);
    k.rosette(800, 430, 130, 3, 5, k.tint(0x2E7D32, 10), 0.14);
    title(k, "ONTARIO", Card.font(LIBERATION_SANS, true, 44), blue, 36, 60);
    title(
        k,
        "DRIVER'S LICENCE / PERMIS DE CONDUIRE",
        Card.font(LIBERATION_SANS, false, 20),
        Color.BLACK,
        36,
        92);
    k.portrait(36, 118, 230, 290, 1, false);
    k.portrait(850, 110, 110, 140, 0.2, true);
    k.signature(40, 475, 210, Color.BLACK);
    k.labelFont = Card.font(DEJAVU_SANS, false, 13);
    k.labelColor = blue;
    k.valueFont = Card.font(LIBERATION_SANS, true, 25);
    f(k, NUMBER, "4d NUMBER/NUMÉRO", 290, 152, 600);
    f(k, LAST_NAME, "1", 290, 197, 680);
    f(k, GIVEN_NAMES, "2", 290, 234, 680);
    k.valueFont = Card.font(LIBERATION_SANS, false, 20);
    f(k, STREET, "8", 290, 274, 680);
    plain(k, CITY_LINE, k.valueFont, 310, 300, 660);
    k.valueFont = Card.font(LIBERATION_SANS, true, 25);
    f(k, DATE_OF_BIRTH, "3 DOB/DDN", 290, 352, 300);
    f(k, EXPIRATION_DATE, "4b EXP", 620, 352, 300);
    f(k, ISSUE_DATE, "4a ISS/DÉL", 290, 392, 300);
    f(k, CLASS, "9 CLASS/CAT", 620, 392, 250);
    f(k, SEX, "15 SEX/SEXE", 290, 432, 180);
    f(k, HEIGHT, "16 HGT/HAUT", 500, 432, 250);
    f(k, RESTRICTIONS, "12 REST/COND", 290, 472, 400);
    finish(k, blue);
  }

  static void bcMountains(Card k) {
    Color blue = k.tint(0x123E7C, 10);
    k.gradient(k.tint(0xDDEBF7, 5), k.tint(0xF5F8FB, 3), true);
    k.guilloche(blue, 0.08, 60, 12, 200, 0.2, 0.6, 0);
    k.waves(470, 60, 300, k.tint(0x3A6EA5, 10), 0.2);
    k.waves(530, 30, 200, k.tint(0x3C8C5A, 10), 0.15);
    k.rosette(930, 62, 45, 16, 3, k.tint(0xE0A020, 10), 0.5);
    title(k, "BRITISH COLUMBIA", Card.font(LIBERATION_SERIF, true, 40), blue, 36, 58);
    title(k, "DRIVER'S LICENCE", Card.font(LIBERATION_SANS, true, 22), Color.BLACK, 36, 90);
    k.portrait(760, 120, 220, 280, 1, false);
    k.portrait(40, 470, 110, 140, 0.2, true);
    k.signature(765, 450, 200, Color.BLACK);
    k.labelFont = Card.font(LIBERATION_SANS, false, 15);
    k.labelColor = blue;
    k.valueFont = Card.font(DEJAVU_SANS, true, 24);
    f(k, NUMBER, "DL:", 36, 152, 500);
    plain(k, LAST_NAME, Card.font(DEJAVU_SANS, true, 28), 36, 197, 700);
    plain(k, GIVEN_NAMES, Card.font(DEJAVU_SANS, true, 24), 36, 233, 700);
    k.valueFont = Card.font(DEJAVU_SANS, false, 19);
    plain(k, STREET, k.valueFont, 36, 273, 700);
    plain(k, CITY_LINE, k.valueFont, 36, 299, 700);
    k.valueFont = Card.font(DEJAVU_SANS, true, 24);
    f(k, DATE_OF_BIRTH, "DOB", 36, 352, 320);
    f(k, EXPIRATION_DATE, "EXP", 380, 352, 340);
    f(k, ISSUE_DATE, "ISS", 36, 392, 320);
    f(k, CLASS, "CLASS", 380, 392, 200);
    f(k, SEX, "SEX", 36, 432, 110);
    f(k, HEIGHT, "HT", 170, 432, 180);
    f(k, EYES, "EYES", 380, 432, 200);
    f(k, RESTRICTIONS, "RESTR", 36, 472, 500);
    finish(k, blue);
  }

  // ---- HELD_OUT ------------------------------------------------------------------------------

  static void labelAboveGrid(Card k) {
    Color violet = k.tint(0x4B3A78, 10);
    k.gradient(k.tint(0xF3F0FA, 4), k.tint(0xE8F4F1, 4), false);
    k.guilloche(k.tint(0x6A4FA0, 10), 0.15, 60, 25, 220, 0.23, 0.7, 0);
    k.guilloche(k.tint(0x3A8C7A, 10), 0.08, 80, 10, 160, 0.13, 0.6, 80);
    k.seal(300, 400, 170, violet, 0.09, seal(k), DEJAVU_SERIF);
    title(k, k.c.jurisdictionName(), Card.font(LIBERATION_SANS, true, 40), violet, 300, 58);
    title(k, "DRIVER LICENSE", Card.font(LIBERATION_SANS, false, 20), Color.BLACK, 302, 88);
    realId(k, 960, 50, k.tint(0xC9A227, 10));
    k.portrait(32, 32, 240, 310, 1, false);
    k.portrait(880, 470, 100, 130, 0.2, true);
    k.signature(40, 420, 220, Color.BLACK);
    k.labelStyle = LabelStyle.ABOVE;
    k.labelFont = Card.font(DEJAVU_SANS, false, 12);
    k.labelColor = violet;
    k.valueFont = Card.font(LIBERATION_SANS, true, 25);
    k.fieldValue(
        FULL_NAME, "NAME", k.firstLast(), k.jitter(300, 2), k.jitter(162, 1.5), 680, k.valueColor);
    k.valueFont = Card.font(LIBERATION_SANS, false, 20);
    f(k, STREET, "ADDRESS", 300, 224, 680);
    plain(k, CITY_LINE, k.valueFont, 300, 250, 680);
    k.valueFont = Card.font(LIBERATION_SANS, true, 25);
    f(k, NUMBER, "LICENSE NO.", 300, 314, 330);
    f(k, CLASS, "CLASS", 660, 314, 110);
    f(k, SEX, "SEX", 800, 314, 80);
    f(k, DATE_OF_BIRTH, "DATE OF BIRTH", 300, 376, 240, RED);
    f(k, EXPIRATION_DATE, "EXPIRES", 560, 376, 230);
    f(k, HEIGHT, "HEIGHT", 800, 376, 150);
    f(k, ISSUE_DATE, "ISSUED", 300, 438, 240);
    f(k, EYES, "EYES", 560, 438, 100);
    f(k, RESTRICTIONS, "RESTRICTIONS", 680, 438, 250);
    f(k, ENDORSEMENTS, "ENDORSEMENTS", 300, 500, 240);
    finish(k, violet);
  }

  static void lastCommaFirst(Card k) {
    Color brown = k.tint(0x5A3210, 10);
    k.gradient(k.tint(0xFFF6E0, 4), k.tint(0xF2E5C6, 4), false);
    k.guilloche(k.tint(0xC0702A, 10), 0.14, 100, 12, 120, 0.14, 0.6, 0);
    k.rosette(880, 150, 90, 14, 6, brown, 0.18);
    title(k, k.c.jurisdictionName(), Card.font(LIBERATION_SERIF, true, 44), brown, 36, 56);
    title(k, "DRIVER LICENSE", Card.font(LIBERATION_MONO, true, 22), Color.BLACK, 36, 88);
    k.portrait(770, 200, 210, 270, 1, false);
    k.portrait(600, 470, 100, 130, 0.2, true);
    k.signature(40, 520, 230, Color.BLACK);
    k.labelFont = Card.font(LIBERATION_SANS, true, 15);
    k.labelColor = brown;
    k.valueFont = Card.font(LIBERATION_MONO, true, 24);
    f(k, NUMBER, "LIC#", 36, 150, 600);
    plain(k, FULL_NAME, Card.font(LIBERATION_MONO, true, 27), 36, 200, 720);
    k.valueFont = Card.font(LIBERATION_MONO, false, 20);
    plain(k, STREET, k.valueFont, 36, 240, 720);
    plain(k, CITY_LINE, k.valueFont, 36, 266, 720);
    k.valueFont = Card.font(LIBERATION_MONO, true, 24);
    f(k, DATE_OF_BIRTH, "DOB:", 36, 322, 330, RED);
    f(k, EXPIRATION_DATE, "EXP:", 390, 322, 350);
    f(k, ISSUE_DATE, "ISS:", 36, 362, 330);
    f(k, CLASS, "CLASS:", 390, 362, 250);
    f(k, SEX, "SEX:", 36, 402, 120);
    f(k, HEIGHT, "HT:", 170, 402, 180);
    f(k, EYES, "EYES:", 390, 402, 200);
    f(k, ENDORSEMENTS, "END:", 36, 442, 330);
    f(k, RESTRICTIONS, "REST:", 390, 442, 350);
    finish(k, brown);
  }

  static void darkHeaderSeal(Card k) {
    Color dark = k.tint(0x1A1A2E, 8);
    Color ink = k.tint(0x14285A, 10);
    k.gradient(k.tint(0xE9EEF2, 4), k.tint(0xF4F4F0, 4), true);
    k.guilloche(k.tint(0x445577, 10), 0.10, 90, 9, 120, 0.18, 0.6, 15);
    k.seal(480, 390, 200, ink, 0.16, seal(k), LIBERATION_SERIF);
    k.band(0, 102, dark, k.tint(0x3A3A5E, 8));
    title(k, k.c.jurisdictionName(), Card.font(LIBERATION_SERIF, true, 46), Color.WHITE, 32, 62);
    title(k, "DRIVER LICENSE", Card.font(LIBERATION_SANS, false, 20), Color.WHITE, 34, 91);
    realId(k, 960, 52, k.tint(0xF2C94C, 8));
    k.portrait(760, 122, 220, 280, 1, false);
    k.portrait(640, 470, 90, 115, 0.2, true);
    k.signature(770, 445, 200, Color.BLACK);
    k.labelFont = Card.condensed(LIBERATION_SANS, false, 14, 0.9);
    k.labelColor = Color.DARK_GRAY;
    k.valueFont = Card.condensed(LIBERATION_SANS, true, 26, 0.9);
    k.valueColor = ink;
    f(k, NUMBER, "4d LIC NO", 32, 147, 700);
    f(k, LAST_NAME, "1 LN", 32, 190, 700);
    f(k, GIVEN_NAMES, "2 FN", 32, 228, 700);
    k.valueFont = Card.condensed(LIBERATION_SANS, true, 21, 0.9);
    f(k, STREET, "8 ADDRESS", 32, 268, 700);
    plain(k, CITY_LINE, k.valueFont, 32, 294, 700);
    k.valueFont = Card.condensed(LIBERATION_SANS, true, 26, 0.9);
    f(k, DATE_OF_BIRTH, "3 DOB", 32, 348, 330, RED);
    f(k, EXPIRATION_DATE, "4b EXPIRES", 380, 348, 360);
    f(k, ISSUE_DATE, "4a ISSUED", 32, 388, 330);
    f(k, CLASS, "9 CLASS", 380, 388, 250);
    f(k, SEX, "15 SEX", 32, 428, 120);
    f(k, HEIGHT, "16 HGT", 170, 428, 190);
    f(k, EYES, "18 EYES", 380, 428, 220);
    f(k, ENDORSEMENTS, "9a END", 32, 468, 330);
    f(k, RESTRICTIONS, "12 RESTR", 380, 468, 360);
    finish(k, dark);
  }

  static void ontarioNameAbove(Card k) {
    Color blue = k.tint(0x1C3F94, 10);
    k.gradient(k.tint(0xE3ECF7, 4), k.tint(0xF4F7FB, 4), false);
    k.guilloche(blue, 0.10, 70, 16, 240, 0.22, 0.7, -5);
    k.rosette(760, 420, 160, 3, 6, k.tint(0x2E7D32, 10), 0.1);
    title(k, "ONTARIO", Card.font(LIBERATION_SERIF, true, 42), blue, 300, 56);
    title(k, "DRIVER'S LICENCE", Card.font(LIBERATION_SANS, false, 18), Color.BLACK, 300, 82);
    title(k, "PERMIS DE CONDUIRE", Card.font(LIBERATION_SANS, false, 18), Color.BLACK, 300, 104);
    k.portrait(32, 40, 240, 300, 1, false);
    k.portrait(880, 40, 90, 115, 0.2, true);
    k.signature(40, 410, 220, Color.BLACK);
    k.labelStyle = LabelStyle.ABOVE;
    k.labelFont = Card.font(DEJAVU_SANS, false, 12);
    k.labelColor = blue;
    k.valueFont = Card.font(LIBERATION_SANS, true, 24);
    f(k, FULL_NAME, "NAME/NOM", 300, 167, 680);
    k.valueFont = Card.font(LIBERATION_SANS, false, 20);
    f(k, STREET, "ADDRESS/ADRESSE", 300, 227, 680);
    plain(k, CITY_LINE, k.valueFont, 300, 253, 680);
    k.valueFont = Card.font(LIBERATION_SANS, true, 24);
    f(k, NUMBER, "NUMBER/NUMÉRO", 300, 314, 400);
    f(k, CLASS, "CLASS/CAT", 720, 314, 200);
    f(k, DATE_OF_BIRTH, "DOB/DDN", 300, 376, 200);
    f(k, ISSUE_DATE, "ISS/DÉL", 520, 376, 200);
    f(k, EXPIRATION_DATE, "EXP", 740, 376, 200);
    f(k, SEX, "SEX/SEXE", 300, 438, 140);
    f(k, HEIGHT, "HGT/HAUT", 460, 438, 180);
    f(k, RESTRICTIONS, "REST/COND", 660, 438, 250);
    finish(k, blue);
  }

  static void bcLabelAbove(Card k) {
    Color blue = k.tint(0x0D3C6E, 10);
    k.gradient(k.tint(0xE2EEF8, 4), k.tint(0xFBFBF5, 4), true);
    k.guilloche(blue, 0.10, 80, 10, 160, 0.17, 0.6, 10);
    k.waves(500, 55, 340, k.tint(0x3A6EA5, 10), 0.18);
    k.rosette(940, 60, 40, 18, 3, k.tint(0xE0A020, 10), 0.5);
    title(k, "BRITISH COLUMBIA", Card.font(LIBERATION_SANS, true, 36), blue, 36, 54);
    title(k, "DRIVER'S LICENCE", Card.font(LIBERATION_SERIF, true, 22), Color.BLACK, 36, 86);
    k.portrait(36, 112, 220, 280, 1, false);
    k.portrait(870, 470, 100, 130, 0.2, true);
    k.signature(40, 440, 210, Color.BLACK);
    plain(k, LAST_NAME, Card.font(DEJAVU_SANS, true, 30), 280, 150, 700);
    plain(k, GIVEN_NAMES, Card.font(DEJAVU_SANS, true, 25), 280, 188, 700);
    k.labelStyle = LabelStyle.ABOVE;
    k.labelFont = Card.font(LIBERATION_SANS, false, 12);
    k.labelColor = blue;
    k.valueFont = Card.font(DEJAVU_SANS, false, 19);
    f(k, STREET, "ADDRESS", 280, 250, 700);
    plain(k, CITY_LINE, k.valueFont, 280, 276, 700);
    k.valueFont = Card.font(DEJAVU_SANS, true, 23);
    f(k, NUMBER, "LICENCE NO", 280, 338, 300);
    f(k, CLASS, "CLASS", 600, 338, 120);
    f(k, SEX, "SEX", 740, 338, 80);
    f(k, DATE_OF_BIRTH, "DOB", 280, 400, 240);
    f(k, ISSUE_DATE, "ISSUED", 540, 400, 230);
    f(k, EXPIRATION_DATE, "EXPIRES", 780, 400, 200);
    f(k, HEIGHT, "HT", 280, 462, 140);
    f(k, EYES, "EYES", 440, 462, 120);
    f(k, RESTRICTIONS, "RESTR/COND", 600, 462, 300);
    finish(k, blue);
  }
}
