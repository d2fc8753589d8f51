/**
 * OpenAI-compatible chat completions over {@code java.net.http}, for a reviewed exception or a
 * self-hosted model (vLLM, llama.cpp server and others speak this format). Wire JSON stays here.
 */
@NullMarked
package onramp.gateway.adapter.openai;

import org.jspecify.annotations.NullMarked;
