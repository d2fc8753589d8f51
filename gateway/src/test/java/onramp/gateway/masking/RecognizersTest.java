package onramp.gateway.masking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecognizersTest {
  private final PatternMasker masker = PatternMasker.standard();

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      SSN            | My SSN is 536-22-8147.                              | 536-22-8147
      SSN            | ssn 536 22 8147                                     | 536 22 8147
      SSN            | social security number 536228147                    | 536228147
      SSN            | my ssn is 078-051121                                | 078-051121
      ITIN           | ITIN 912-70-1234 on the form                        | 912-70-1234
      ITIN           | my itin: 911701234                                  | 911701234
      CREDIT_CARD    | card 4111 1111 1111 1111 declined                   | 4111 1111 1111 1111
      CREDIT_CARD    | amex 3714-496353-98431 on file                      | 3714-496353-98431
      CREDIT_CARD    | 5555555555554444                                    | 5555555555554444
      PHONE          | call (312) 555-0187 now                             | (312) 555-0187
      PHONE          | office +44 20 7946 0958                             | +44 20 7946 0958
      PHONE          | or 415.555.0199.                                    | 415.555.0199
      PHONE          | rider +1 (206) 555-0110 says                        | +1 (206) 555-0110
      PHONE          | text me at 3125550147                               | 3125550147
      PHONE          | My Israeli number is 09-7625400                     | 09-7625400
      EMAIL          | write to kim.nguyen84@example.net.                  | kim.nguyen84@example.net
      EMAIL          | a@xn--d1acufc.xn--p1ai                              | a@xn--d1acufc.xn--p1ai
      IBAN           | pay DE89 3704 0044 0532 0130 00 now                 | DE89 3704 0044 0532 0130 00
      IBAN           | GB29NWBK60161331926819                              | GB29NWBK60161331926819
      DRIVER_LICENSE | driver's license D4821937                           | D4821937
      DRIVER_LICENSE | DL# K9082214                                        | K9082214
      DRIVER_LICENSE | my licence is 1234567901234                         | 1234567901234
      PASSPORT       | passport no 548120937                               | 548120937
      PASSPORT       | my travel passport is A12803456                     | A12803456
      A_NUMBER       | A-Number A204918273                                 | A204918273
      A_NUMBER       | USCIS number A-204918273                            | A-204918273
      BANK_ACCOUNT   | bank account number 004512398817                    | 004512398817
      ADDRESS        | at 742 Evergreen Terrace, Springfield, OR 97477 now | 742 Evergreen Terrace, Springfield, OR 97477
      ADDRESS        | home: 1457 Oak Street Apt 3B                        | 1457 Oak Street Apt 3B
      ADDRESS        | meet at 350 5th Ave                                 | 350 5th Ave
      ADDRESS        | 88 West 42nd Street, New York, NY 10036             | 88 West 42nd Street, New York, NY 10036
      DATE_OF_BIRTH  | DOB 04/17/1991                                      | 04/17/1991
      DATE_OF_BIRTH  | born on March 3, 1990                               | March 3, 1990
      DATE_OF_BIRTH  | date of birth: 12 July 1979                         | 12 July 1979
      DATE_OF_BIRTH  | birthday 1985-11-23                                 | 1985-11-23
      DATE_OF_BIRTH  | d.o.b. 23.11.1985                                   | 23.11.1985
      IP_ADDRESS     | from 203.0.113.42                                   | 203.0.113.42
      IP_ADDRESS     | host 2001:db8::1                                    | 2001:db8::1
      IP_ADDRESS     | mapped ::ffff:192.0.2.1                             | ::ffff:192.0.2.1
      URL            | see https://rides.example.com/trip/7f3e?rider=5521  | https://rides.example.com/trip/7f3e?rider=5521
      URL            | reset at www.example.com/reset/ab12cd               | www.example.com/reset/ab12cd
      """)
  void findsPersonalData(EntityType type, String text, String value) {
    List<DetectedEntity> found = masker.detect(text, MaskingContext.none());

    assertThat(found).hasSize(1);
    DetectedEntity entity = found.getFirst();
    assertThat(entity.type()).isEqualTo(type);
    assertThat(text.substring(entity.start(), entity.end())).isEqualTo(value);
    assertThat(entity.score()).isBetween(PatternMasker.THRESHOLD, 1.0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      order 48392017 shipped
      app version 2.14.3 and build 4.2.1.7
      charged $1,234.56 instead of 23.50
      trip on 03/14/2024 and 2024-03-15
      card 4012-8888-8888-1882 fails Luhn
      ZIP 94107
      at 10:30 and 10:22:31 and 2024-06-01T10:22:31Z
      ticket 536228147 has nine digits but no SSN word
      confirmation 548120937 for the airport run
      A12345678 alone
      see https://www.example.com/ or example.com
      fake SSNs 078-05-1120 000-12-3456 666-12-3456 536-00-8147 536-22-0000 123-45-6789
      mixed separators 693-09.4444
      ITIN group out of range 911-89-1234
      the driver took 5th Ave
      VIN 1HGCM82633A004352
      Time 12:34:56 and std::cout and MyClass::toString and :::
      my email is info@presidio.
      Order 3125550148 was refunded
      bad IBAN DE89 3704 0044 0532 0130 01
      IP192.168.1.1text and 256.256.256.256
      surge 1.5x for 20 minutes, 312 rides, 45 refunds
      Flight UA 1549 lands at 16:20 at gate 12
      """)
  void leavesOrdinaryTextAlone(String text) {
    assertThat(masker.detect(text, MaskingContext.none())).isEmpty();
  }
}
