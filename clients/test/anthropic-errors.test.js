// The gateway's refusals as the official Anthropic SDK sees them: Anthropic error JSON
// ({"type":"error","error":{"type":...,"message":...}}), the status that picks the SDK's error
// class, and a message that names the reason. None of these reach a vendor, so none can be
// played by the fake vendor, which accepts any key and has no policy.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Anthropic from '@anthropic-ai/sdk';
import { anthropic, recordingFetch } from '../lib/clients.js';
import { DENIED_MODEL, MODEL, SPENT_KEY, WRONG_KEY, gatewayOnly } from '../lib/target.js';

const ask = (model = MODEL) => ({
  max_tokens: 64,
  model,
  messages: [{ role: 'user', content: 'Hello' }],
});

/** Checks the SDK error thrown: class, status, Anthropic error type, the reason in the message. */
function refusal(errorClass, status, type, reason) {
  return (err) => {
    assert.ok(
      err instanceof errorClass,
      `expected ${errorClass.name}, got ${err?.constructor?.name}: ${err?.message}`,
    );
    assert.equal(err.status, status);
    assert.equal(err.error?.type, 'error', 'the body is Anthropic error JSON: {"type":"error",...}');
    assert.equal(err.type, type);
    assert.match(err.apiMessage ?? '', reason);
    return true;
  };
}

test(
  'a key the gateway never issued gets 401 authentication_error, AuthenticationError, no retry',
  gatewayOnly('the fake vendor accepts any key'),
  async () => {
    const { fetch, attempts } = recordingFetch();
    const client = anthropic({ apiKey: WRONG_KEY, fetch });

    await assert.rejects(
      client.messages.create(ask()),
      refusal(Anthropic.AuthenticationError, 401, 'authentication_error', /key/i),
    );
    assert.equal(attempts.length, 1, 'a 401 is not retried');
  },
);

test(
  'a model the key may not use gets 403 permission_error naming the model, PermissionDeniedError',
  gatewayOnly('the fake vendor has no model policy'),
  async () => {
    const { fetch, attempts } = recordingFetch();
    const client = anthropic({ fetch });

    await assert.rejects(
      client.messages.create(ask(DENIED_MODEL)),
      refusal(
        Anthropic.PermissionDeniedError,
        403,
        'permission_error',
        new RegExp(DENIED_MODEL.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
      ),
    );
    assert.equal(attempts.length, 1, 'a 403 is not retried');
  },
);

test(
  'an X-Data-Class the gateway does not know gets 400 invalid_request_error naming the four classes',
  gatewayOnly('the fake vendor ignores X-Data-Class'),
  async () => {
    const client = anthropic();

    await assert.rejects(
      client.messages.create(ask(), { headers: { 'X-Data-Class': 'TOP-SECRET' } }),
      refusal(
        Anthropic.BadRequestError,
        400,
        'invalid_request_error',
        /PUBLIC.*INTERNAL.*CUSTOMER.*RESTRICTED/s,
      ),
    );
  },
);

test(
  'a key whose budget is spent gets 429 rate_limit_error mentioning the budget, and the SDK is told not to retry',
  SPENT_KEY
    ? gatewayOnly('the fake vendor has no budgets')
    : { skip: 'set ONRAMP_SPENT_KEY to a virtual key whose budget is spent' },
  async () => {
    const { fetch, attempts } = recordingFetch();
    const client = anthropic({ apiKey: SPENT_KEY, fetch });

    await assert.rejects(client.messages.create(ask()), (err) => {
      refusal(Anthropic.RateLimitError, 429, 'rate_limit_error', /budget/i)(err);
      assert.match(err.headers.get('retry-after') ?? '', /^\d+$/, 'retry-after: seconds');
      // The SDK honours any retry-after up to 24 days; a budget frees up at the start of next
      // month, so without x-should-retry: false the SDK would sleep until then.
      assert.equal(err.headers.get('x-should-retry'), 'false');
      return true;
    });
    assert.equal(attempts.length, 1, 'x-should-retry: false stops the SDK retrying');
  },
);
