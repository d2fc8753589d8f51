package onramp.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A vendor's answer in the Anthropic Messages wire format.
 *
 * @param message the response JSON ({@code type: message}); for a stream, the message the events
 *     add up to
 * @param usage the tokens billed, cache reads and writes apart
 * @param vendorRequestId the vendor's id for the call, for support tickets
 */
public record MessagesReply(ObjectNode message, Usage usage, String vendorRequestId) {}
