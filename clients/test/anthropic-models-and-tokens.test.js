// GET /v1/models and POST /v1/messages/count_tokens through the official Anthropic SDK. The fake
// vendor serves neither, so both are the gateway's own answers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { anthropic } from '../lib/clients.js';
import { MODEL, gatewayOnly } from '../lib/target.js';

const client = anthropic();

test(
  'models.list pages through the gateway model names, the one the key may use among them',
  gatewayOnly('the fake vendor has no /v1/models'),
  async () => {
    const models = [];
    for await (const model of client.models.list()) {
      models.push(model);
    }

    const ids = models.map((m) => m.id);
    assert.ok(ids.includes(MODEL), `${MODEL} is not among ${JSON.stringify(ids)}`);
    for (const model of models) {
      assert.equal(model.type, 'model');
      assert.equal(typeof model.display_name, 'string');
      assert.ok(!Number.isNaN(Date.parse(model.created_at)), `created_at ${model.created_at}`);
      assert.doesNotMatch(model.id, /[.:]anthropic\.|:\d+$/, 'gateway names, not vendor ids');
    }
    assert.equal(new Set(ids).size, ids.length, 'no model listed twice');
  },
);

test(
  'countTokens counts a message, and counts more for a longer one',
  gatewayOnly('the fake vendor has no /v1/messages/count_tokens'),
  async () => {
    const count = (content) =>
      client.messages.countTokens({
        model: MODEL,
        system: 'Answer in one line.',
        messages: [{ role: 'user', content }],
      });

    const short = await count('How old must a driver be?');
    const long = await count('How old must a driver be? '.repeat(50));

    assert.ok(Number.isInteger(short.input_tokens) && short.input_tokens > 0, JSON.stringify(short));
    assert.ok(long.input_tokens > short.input_tokens, `${long.input_tokens} <= ${short.input_tokens}`);
  },
);
