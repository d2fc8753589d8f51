/**
 * The gateway as a network service: the Anthropic Messages API ({@code /v1/messages}, streaming and
 * {@code count_tokens}), {@code /v1/models} and the OpenAI-compatible {@code /v1/chat/completions},
 * authenticated by virtual keys and governed by the same {@link onramp.gateway.governed.Gateway}
 * in-process callers use. Framework-free: {@link onramp.gateway.service.GatewayServer} hosts it
 * alone ({@code ./onramp gateway}); the web app mounts the same {@link
 * onramp.gateway.service.GatewayService} behind its servlet container.
 */
@NullMarked
package onramp.gateway.service;

import org.jspecify.annotations.NullMarked;
