// The vendor failing, as the official Anthropic SDK sees it. The fake vendor fails on request
// (header x-fake-fail); against the gateway the header must reach the fake vendor behind it,
// and the gateway's answer, once its own retries are spent, is what the SDK retries.
//
// This file's name sorts last and `npm test` runs files one at a time: against the gateway the
// 529s here open the gateway's circuit breaker for the vendor (for breaker.openSeconds), which
// would fail any test running beside or after them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Anthropic from '@anthropic-ai/sdk';
import { anthropic, recordingFetch } from '../lib/clients.js';
import { MODEL, TARGET } from '../lib/target.js';

const ask = { max_tokens: 64, model: MODEL, messages: [{ role: 'user', content: 'Hello' }] };
const failing = (word) => ({ headers: { 'x-fake-fail': word } });
const NOT_FAILED =
  TARGET === 'gateway'
    ? 'the call succeeded: the gateway did not pass x-fake-fail on to the fake vendor (notes/clients.md)'
    : 'the call succeeded: is ONRAMP_BASE_URL the fake vendor?';

const gaps = (attempts) => attempts.slice(1).map((a, i) => a.at - attempts[i].at);

test(
  'a 429 with retry-after is retried maxRetries times, waiting as told, then RateLimitError',
  { timeout: 120_000 },
  async () => {
    const { fetch, attempts } = recordingFetch();
    const client = anthropic({ maxRetries: 2, fetch });

    await assert.rejects(
      client.messages.create(ask, failing('429')),
      (err) => {
        assert.ok(err instanceof Anthropic.RateLimitError, `got ${err?.constructor?.name}: ${err?.message}`);
        assert.equal(err.status, 429);
        assert.equal(err.type, 'rate_limit_error');
        assert.match(err.headers.get('retry-after') ?? '', /^[1-9]\d*$/, 'retry-after: whole seconds');
        return true;
      },
      NOT_FAILED,
    );
    assert.equal(attempts.length, 3, 'one call and maxRetries (2) retries');
    for (const gap of gaps(attempts)) {
      assert.ok(gap >= 950, `retried after ${gap} ms, before the retry-after of 1 s`);
    }
  },
);

test(
  'a 529 overloaded is retried maxRetries times with backoff, then OverloadedError',
  { timeout: 120_000 },
  async () => {
    const { fetch, attempts } = recordingFetch();
    const client = anthropic({ maxRetries: 2, fetch });

    await assert.rejects(
      client.messages.create(ask, failing('529')),
      (err) => {
        if (TARGET === 'gateway' && err?.status === 503) {
          // The gateway's circuit breaker for the vendor opened under the repeated 529s (the
          // gateway retries each call itself first): it answers 503 without calling the vendor.
          assert.ok(err instanceof Anthropic.ServiceUnavailableError, `got ${err?.constructor?.name}`);
          assert.equal(err.error?.type, 'error');
          return true;
        }
        assert.ok(err instanceof Anthropic.OverloadedError, `got ${err?.constructor?.name}: ${err?.message}`);
        assert.equal(err.status, 529);
        assert.equal(err.type, 'overloaded_error');
        return true;
      },
      NOT_FAILED,
    );
    assert.equal(attempts.length, 3, 'one call and maxRetries (2) retries');
    assert.ok(gaps(attempts).every((gap) => gap >= 300), `backoff gaps ${gaps(attempts)} ms`);
  },
);
