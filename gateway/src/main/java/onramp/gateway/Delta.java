package onramp.gateway;

/** A piece of a streamed answer: text as it arrives; the last delta carries the full response. */
public sealed interface Delta {
  record TextDelta(String text) implements Delta {}

  record Done(ModelResponse response) implements Delta {}
}
