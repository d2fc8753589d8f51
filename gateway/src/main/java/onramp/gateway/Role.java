package onramp.gateway;

/**
 * Who said a message in a conversation. The system prompt is not a message: see {@link
 * ModelRequest#system()}.
 */
public enum Role {
  USER,
  ASSISTANT
}
