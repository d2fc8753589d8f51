/**
 * Anthropic models through the official Anthropic Java SDK: on Amazon Bedrock (the policy default)
 * or through Anthropic's API directly. SDK and AWS types stay in this package.
 */
@NullMarked
package onramp.gateway.adapter.anthropic;

import org.jspecify.annotations.NullMarked;
