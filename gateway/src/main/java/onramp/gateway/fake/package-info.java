/**
 * A fake model vendor speaking the real wire formats over real HTTP on a loopback port: the
 * Anthropic Messages API, Bedrock InvokeModel and OpenAI chat completions. Scriptable (replies with
 * usage, errors, slow and malformed responses) and recording (every request body), so tests assert
 * what was sent. In main code so the benchmark and local demos can use it; it never listens beyond
 * 127.0.0.1.
 */
@NullMarked
package onramp.gateway.fake;

import org.jspecify.annotations.NullMarked;
