/**
 * OpenAI chat completions, translated to and from the Anthropic Messages API, so that tools that
 * speak only OpenAI's format can use the gateway's native, governed Anthropic path. Pure functions
 * over Jackson trees: no HTTP, no vendor SDK. Start at {@link
 * onramp.gateway.service.openai.ChatCompletions}.
 */
@NullMarked
package onramp.gateway.service.openai;

import org.jspecify.annotations.NullMarked;
