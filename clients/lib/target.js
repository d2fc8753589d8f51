// What the tests talk to, read once from the environment. See notes/clients.md.
//
//   ONRAMP_BASE_URL      the base URL the SDKs are given (Anthropic as is, OpenAI with /v1 appended)
//   ONRAMP_KEY           a virtual key (onr_...) for the gateway; any string works against the fake
//   ONRAMP_TARGET        gateway (default) or fake: what ONRAMP_BASE_URL points at
//   ONRAMP_MODEL         a gateway model name the key may use (default claude-haiku-4-5)
//   ONRAMP_DENIED_MODEL  a gateway model name the key may NOT use (default claude-sonnet-4-5)
//   ONRAMP_SPENT_KEY     optional: a virtual key whose budget is spent (the budget case is skipped without it)

const env = process.env;

function required(name, hint) {
  const value = env[name];
  if (value === undefined || value.trim() === '') {
    throw new Error(`${name} is not set: ${hint}`);
  }
  return value.trim();
}

const target = (env.ONRAMP_TARGET ?? 'gateway').trim().toLowerCase();
if (target !== 'gateway' && target !== 'fake') {
  throw new Error(
    `ONRAMP_TARGET is '${env.ONRAMP_TARGET}': say gateway (the Onramp gateway service) or fake (./onramp fake-vendor)`,
  );
}

export const TARGET = target;
export const BASE_URL = required(
  'ONRAMP_BASE_URL',
  'give the base URL of the gateway (or of ./onramp fake-vendor with ONRAMP_TARGET=fake), e.g. http://127.0.0.1:8080',
).replace(/\/+$/, '');
export const KEY =
  target === 'fake'
    ? (env.ONRAMP_KEY ?? 'any-key-the-fake-accepts')
    : required('ONRAMP_KEY', 'give a virtual key: ./onramp keys create --team T --tool T --models <ONRAMP_MODEL>');
export const MODEL = env.ONRAMP_MODEL ?? 'claude-haiku-4-5';
export const DENIED_MODEL = env.ONRAMP_DENIED_MODEL ?? 'claude-sonnet-4-5';
export const SPENT_KEY = env.ONRAMP_SPENT_KEY;

/** A key the gateway never issued: virtual keys start with onr_, this one is made up. */
export const WRONG_KEY = 'onr_this-key-was-never-issued-0000000000';

/**
 * `{skip: why}` for a case only the gateway can pass, `{}` otherwise; for node:test's options.
 * The fake vendor accepts any key, has no models list, no token counting and no policy.
 */
export function gatewayOnly(why) {
  return target === 'fake' ? { skip: `gateway only: ${why}` } : {};
}
