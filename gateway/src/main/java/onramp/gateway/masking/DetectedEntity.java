package onramp.gateway.masking;

/**
 * One piece of personal data found in a text.
 *
 * @param start index of the first character in the text given to the masker
 * @param end index after the last character
 * @param score 0..1, how sure the recognizer is
 */
public record DetectedEntity(EntityType type, int start, int end, double score) {}
