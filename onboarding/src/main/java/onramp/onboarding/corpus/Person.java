package onramp.onboarding.corpus;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A synthetic person: never a real one. Names as the person writes them (with diacritics); the
 * documents print them as a DMV does (upper case, ASCII).
 */
record Person(
    String firstName,
    Optional<String> middleName,
    String lastName,
    Optional<String> suffix,
    LocalDate dateOfBirth,
    char sex,
    int heightInches,
    String eyeColor,
    String street,
    String city,
    String state,
    String postalCode,
    String email,
    String phone,
    String ssn) {}
