// POST /v1/messages with "stream": true (server-sent events) through the official Anthropic SDK:
// the helper (messages.stream) and the raw event stream (messages.create({stream: true})).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { anthropic } from '../lib/clients.js';
import { MODEL } from '../lib/target.js';

const client = anthropic();
const QUESTION = 'How many passengers may a minibus carry, driver included?';

test('messages.stream delivers the answer in several text deltas and a final message with usage', async () => {
  const deltas = [];

  const stream = client.messages.stream({
    max_tokens: 256,
    model: MODEL,
    system: 'Answer in one line.',
    messages: [{ role: 'user', content: QUESTION }],
  });
  stream.on('text', (delta) => deltas.push(delta));
  const message = await stream.finalMessage();

  assert.ok(
    deltas.length > 1,
    `the answer came in ${deltas.length} delta(s): it was buffered, not streamed`,
  );
  assert.equal(deltas.join(''), `Echo: ${QUESTION}`);
  assert.equal(message.model, MODEL);
  assert.equal(message.stop_reason, 'end_turn');
  assert.equal(message.content[0].text, deltas.join(''));
  assert.ok(message.usage.input_tokens > 0, `input_tokens ${message.usage.input_tokens}`);
  assert.ok(message.usage.output_tokens > 0, `output_tokens ${message.usage.output_tokens}`);
});

test('create({stream: true}) yields the Messages API events in order, usage in message_delta', async () => {
  const types = [];
  const text = [];
  let finalUsage;

  const stream = await client.messages.create({
    max_tokens: 256,
    model: MODEL,
    messages: [{ role: 'user', content: QUESTION }],
    stream: true,
  });
  for await (const event of stream) {
    types.push(event.type);
    if (event.type === 'content_block_delta' && event.delta.type === 'text_delta') {
      text.push(event.delta.text);
    }
    if (event.type === 'message_delta') {
      finalUsage = event.usage;
      assert.equal(event.delta.stop_reason, 'end_turn');
    }
  }

  assert.equal(types[0], 'message_start');
  assert.equal(types[1], 'content_block_start');
  assert.deepEqual(types.slice(-3), ['content_block_stop', 'message_delta', 'message_stop']);
  assert.equal(text.join(''), `Echo: ${QUESTION}`);
  assert.ok(finalUsage.output_tokens > 0, `output_tokens ${finalUsage.output_tokens}`);
});

test('a streamed CUSTOMER answer is restored whole, though placeholders arrive split across deltas', async () => {
  const text = 'Write to Dana Whitfield at dana.whitfield@example.com about ride 7731.';

  const stream = client.messages.stream(
    { max_tokens: 256, model: MODEL, messages: [{ role: 'user', content: text }] },
    { headers: { 'X-Data-Class': 'CUSTOMER' } },
  );

  assert.equal(await stream.finalText(), `Echo: ${text}`);
});
