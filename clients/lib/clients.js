// The official SDKs, constructed as their READMEs show, with only the base URL and the key changed.
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { BASE_URL, KEY } from './target.js';

export function anthropic(options = {}) {
  return new Anthropic({ baseURL: BASE_URL, apiKey: KEY, ...options });
}

export function openai(options = {}) {
  return new OpenAI({ baseURL: `${BASE_URL}/v1`, apiKey: KEY, ...options });
}

/**
 * A fetch that records every HTTP attempt the SDK makes (its `fetch` option, as the READMEs
 * show), so a test can count retries and see the gaps between them. It changes nothing.
 */
export function recordingFetch() {
  const attempts = [];
  const fetch = async (url, init) => {
    attempts.push({ at: Date.now(), url: String(url), headers: new Headers(init?.headers) });
    return globalThis.fetch(url, init);
  };
  return { fetch, attempts };
}
