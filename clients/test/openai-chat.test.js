// POST /v1/chat/completions through the official OpenAI SDK: what a tool written for OpenAI's
// Chat Completions API gets from the gateway when only its base URL and key change.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import OpenAI from 'openai';
import { openai, recordingFetch } from '../lib/clients.js';
import { MODEL, WRONG_KEY, gatewayOnly } from '../lib/target.js';

const client = openai();

test('a system and a user message get the echo as a chat completion with usage', async () => {
  const completion = await client.chat.completions.create({
    model: MODEL,
    messages: [
      { role: 'system', content: 'Answer in one line.' },
      { role: 'user', content: 'Which licence class does a bus need?' },
    ],
  });

  assert.equal(completion.object, 'chat.completion');
  assert.equal(completion.model, MODEL, 'the gateway model name, not the vendor id behind it');
  assert.equal(completion.choices.length, 1);
  const [choice] = completion.choices;
  assert.equal(choice.finish_reason, 'stop');
  assert.equal(choice.message.role, 'assistant');
  assert.equal(choice.message.content, 'Echo: Which licence class does a bus need?');
  const { usage } = completion;
  assert.ok(usage.prompt_tokens > 0 && usage.completion_tokens > 0, JSON.stringify(usage));
  assert.equal(usage.total_tokens, usage.prompt_tokens + usage.completion_tokens);
});

test('streaming with include_usage yields content deltas, then one usage chunk with no choices', async () => {
  const deltas = [];
  const chunks = [];

  const stream = await client.chat.completions.create({
    model: MODEL,
    messages: [{ role: 'user', content: 'List three things a driver must upload.' }],
    stream: true,
    stream_options: { include_usage: true },
  });
  for await (const chunk of stream) {
    chunks.push(chunk);
    const content = chunk.choices[0]?.delta?.content;
    if (content) deltas.push(content);
  }

  assert.ok(deltas.length > 1, `${deltas.length} content delta(s): buffered, not streamed`);
  assert.equal(deltas.join(''), 'Echo: List three things a driver must upload.');
  assert.equal(chunks[0].choices[0].delta.role, 'assistant');
  assert.ok(chunks.every((c) => c.object === 'chat.completion.chunk' && c.model === MODEL));
  assert.equal(chunks.filter((c) => c.choices[0]?.finish_reason === 'stop').length, 1);
  const withUsage = chunks.filter((c) => c.usage);
  assert.equal(withUsage.length, 1, 'exactly one chunk carries usage');
  assert.equal(withUsage[0], chunks.at(-1), 'the usage chunk is the last one');
  assert.deepEqual(withUsage[0].choices, []);
  const { usage } = withUsage[0];
  assert.ok(usage.prompt_tokens > 0 && usage.completion_tokens > 0, JSON.stringify(usage));
  assert.equal(usage.total_tokens, usage.prompt_tokens + usage.completion_tokens);
});

test('tools, an assistant tool call and the tool result go through, and the model answers after them', async () => {
  const completion = await client.chat.completions.create({
    model: MODEL,
    tools: [
      {
        type: 'function',
        function: {
          name: 'get_depot_weather',
          description: 'The weather at a depot, by city.',
          parameters: {
            type: 'object',
            properties: { city: { type: 'string' } },
            required: ['city'],
          },
        },
      },
    ],
    messages: [
      { role: 'user', content: 'Is it safe to drive the minibus out of the Lyon depot?' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          {
            id: 'call_01',
            type: 'function',
            function: { name: 'get_depot_weather', arguments: '{"city":"Lyon"}' },
          },
        ],
      },
      { role: 'tool', tool_call_id: 'call_01', content: '18 °C, dry, light wind' },
      // The fake echoes the last message's text; a gateway that turns the tool message into an
      // Anthropic tool_result block would leave nothing to echo, so a user turn ends the exchange.
      { role: 'user', content: 'Answer yes or no.' },
    ],
  });

  const [choice] = completion.choices;
  assert.equal(choice.finish_reason, 'stop');
  assert.equal(choice.message.content, 'Echo: Answer yes or no.');
});

test(
  'a key the gateway never issued gets 401 in OpenAI error JSON, AuthenticationError, no retry',
  gatewayOnly('the fake vendor accepts any key'),
  async () => {
    const { fetch, attempts } = recordingFetch();
    const wrong = openai({ apiKey: WRONG_KEY, fetch });

    await assert.rejects(
      wrong.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: 'Hi' }] }),
      (err) => {
        assert.ok(err instanceof OpenAI.AuthenticationError, `got ${err?.constructor?.name}`);
        assert.equal(err.status, 401);
        // What OpenAI itself answers for a wrong key: {"error":{"message","type","param","code"}}
        assert.equal(err.type, 'invalid_request_error');
        assert.equal(err.code, 'invalid_api_key');
        assert.match(err.error?.message ?? '', /key/i);
        return true;
      },
    );
    assert.equal(attempts.length, 1, 'a 401 is not retried');
  },
);
