// POST /v1/messages through the official Anthropic SDK, non-streaming: what a tool written for
// Anthropic's API gets from the gateway when only its base URL and key change.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { anthropic, recordingFetch } from '../lib/clients.js';
import { tinyPng } from '../lib/png.js';
import { KEY, MODEL } from '../lib/target.js';

const client = anthropic();

/** The answer is a whole Messages API message under the gateway's model name, with usage. */
function assertEchoMessage(message, expectedText) {
  assert.equal(message.type, 'message');
  assert.equal(message.role, 'assistant');
  assert.equal(
    message.model,
    MODEL,
    'the answer names the gateway model asked for, not the vendor id behind it',
  );
  assert.equal(message.stop_reason, 'end_turn');
  assert.match(message.id, /^msg_/);
  assert.deepEqual(
    message.content.map((b) => b.type),
    ['text'],
  );
  assert.equal(message.content[0].text, expectedText);
  assert.ok(message.usage.input_tokens > 0, `input_tokens ${message.usage.input_tokens}`);
  assert.ok(message.usage.output_tokens > 0, `output_tokens ${message.usage.output_tokens}`);
}

test('a system prompt and one user turn get the echo as a Messages API message with usage', async () => {
  const message = await client.messages.create({
    max_tokens: 256,
    model: MODEL,
    system: 'You are terse. Answer in one line.',
    messages: [{ role: 'user', content: 'Name one van that seats fifteen.' }],
  });

  assertEchoMessage(message, 'Echo: Name one van that seats fifteen.');
});

test('a multi-turn conversation is answered from its last user turn', async () => {
  const message = await client.messages.create({
    max_tokens: 256,
    model: MODEL,
    messages: [
      { role: 'user', content: 'Which city has the most minibus drivers?' },
      { role: 'assistant', content: 'Lyon, in the synthetic data.' },
      { role: 'user', content: 'And the second most?' },
    ],
  });

  assertEchoMessage(message, 'Echo: And the second most?');
});

test('an image block (a PNG made in the test) goes through beside the text', async () => {
  const png = tinyPng(8, 8, [255, 0, 0]);

  const message = await client.messages.create({
    max_tokens: 256,
    model: MODEL,
    messages: [
      {
        role: 'user',
        content: [
          {
            type: 'image',
            source: { type: 'base64', media_type: 'image/png', data: png.toString('base64') },
          },
          { type: 'text', text: 'What colour is this square?' },
        ],
      },
    ],
  });

  assertEchoMessage(message, 'Echo: What colour is this square?');
});

test('tool definitions, an earlier tool_use turn and its tool_result are passed through', async () => {
  const message = await client.messages.create({
    max_tokens: 256,
    model: MODEL,
    tools: [
      {
        name: 'get_depot_weather',
        description: 'The weather at a depot, by city.',
        input_schema: {
          type: 'object',
          properties: { city: { type: 'string' } },
          required: ['city'],
        },
      },
    ],
    messages: [
      { role: 'user', content: 'Is it safe to drive the minibus out of the Lyon depot?' },
      {
        role: 'assistant',
        content: [
          { type: 'text', text: 'Let me check the weather.' },
          {
            type: 'tool_use',
            id: 'toolu_01',
            name: 'get_depot_weather',
            input: { city: 'Lyon' },
          },
        ],
      },
      {
        role: 'user',
        content: [
          { type: 'tool_result', tool_use_id: 'toolu_01', content: '18 °C, dry, light wind' },
          // The fake echoes text blocks only, so the turn ends with one to make the echo exact.
          { type: 'text', text: 'Answer yes or no.' },
        ],
      },
    ],
  });

  assertEchoMessage(message, 'Echo: Answer yes or no.');
});

test('cache_control on a system block and request metadata are accepted', async () => {
  const message = await client.messages.create({
    max_tokens: 256,
    model: MODEL,
    system: [
      {
        type: 'text',
        text: 'You review driver applications for Theoretical Ride Sharing. '.repeat(20),
        cache_control: { type: 'ephemeral' },
      },
    ],
    metadata: { user_id: 'synthetic-user-0042' },
    messages: [{ role: 'user', content: 'Summarise the policy in one line.' }],
  });

  assertEchoMessage(message, 'Echo: Summarise the policy in one line.');
  assert.equal(typeof message.usage.cache_creation_input_tokens, 'number');
  assert.equal(typeof message.usage.cache_read_input_tokens, 'number');
});

test('the key can also be sent as Authorization: Bearer (the SDK authToken option)', async () => {
  const { fetch, attempts } = recordingFetch();
  const bearer = anthropic({ apiKey: null, authToken: KEY, fetch });

  const message = await bearer.messages.create({
    max_tokens: 256,
    model: MODEL,
    messages: [{ role: 'user', content: 'Hello over Bearer.' }],
  });

  assertEchoMessage(message, 'Echo: Hello over Bearer.');
  assert.equal(attempts[0].headers.get('authorization'), `Bearer ${KEY}`);
  assert.equal(attempts[0].headers.get('x-api-key'), null);
});

test('CUSTOMER text (X-Data-Class) comes back as written: masked on the way out, restored in the answer', async () => {
  const text = 'Reply to Dana Whitfield, dana.whitfield@example.com, phone +1 415 555 0142.';

  const message = await client.messages.create(
    { max_tokens: 256, model: MODEL, messages: [{ role: 'user', content: text }] },
    { headers: { 'X-Data-Class': 'CUSTOMER' } },
  );

  assertEchoMessage(message, `Echo: ${text}`);
});
