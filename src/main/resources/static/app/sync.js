// The sync engine: sends the queue (in batches, with the client ids the records were given when made) and pulls what
// changed since the server's cursor. Identifying details of a child stay in memory only, attached when the referral
// is sent and kept until the server took it; they are never written to IndexedDB
// (docs/decisions/0012-offline-child-identity.md).
import * as db from './db.js';

const BATCH = 100;
const identities = new Map();
let running = null;
let failures = 0;
let timer = null;
let listener = () => {};

export function onChange(fn) { listener = fn; }

function csrf() {
  const token = document.querySelector('meta[name=csrf-token]')?.content;
  const header = document.querySelector('meta[name=csrf-header]')?.content;
  return token && header ? { [header]: token } : {};
}

// "Try again": the network or the server could not take the request now (offline, 502-504, 503 past capacity or
// without its database, 429); `after` is the server's Retry-After in seconds, when it gave one.
function retryLater(after) { return Object.assign(new Error('retry'), { retry: true, after }); }

function retryAfter(response) {
  const seconds = Number(response.headers.get('Retry-After'));
  return Number.isFinite(seconds) && seconds > 0 ? seconds : null;
}

async function call(method, url, body) {
  let response;
  try {
    response = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', ...csrf() },
      body: body ? JSON.stringify(body) : undefined,
    });
  } catch (e) {
    throw Object.assign(retryLater(null), { network: true });
  }
  if (response.status === 401 || response.status === 403) throw Object.assign(new Error('auth'), { auth: true });
  if ([429, 502, 503, 504].includes(response.status)) throw retryLater(retryAfter(response));
  if (!response.ok) throw new Error('HTTP ' + response.status);
  return response.json();
}

/** Queues a record made now; identifying details (when given) are kept in memory until it is sent. */
export async function enqueue(type, payload, baseVersion, identity, communityName) {
  const clientId = crypto.randomUUID();
  if (identity && Object.values(identity).some((v) => v)) identities.set(clientId, identity);
  await db.put('queue', { clientId, type, payload, baseVersion, communityName, state: 'queued', at: new Date().toISOString() });
  listener();
  return clientId;
}

// Outcomes: created and already_had (taken: the child's details are dropped from memory), rejected and conflict
// (refused for good: the phone shows why), retry (not taken for now: back to waiting, details kept in memory).
async function push() {
  const waiting = (await db.all('queue')).filter((r) => r.state === 'queued' || r.state === 'sending');
  for (let i = 0; i < waiting.length; i += BATCH) {
    const batch = waiting.slice(i, i + BATCH);
    await db.putAll('queue', batch.map((r) => ({ ...r, state: 'sending' })));
    listener();
    const changes = batch.map((r) => ({
      clientId: r.clientId, type: r.type, baseVersion: r.baseVersion ?? null,
      payload: { ...r.payload, ...(identities.get(r.clientId) || {}) },
    }));
    let answer;
    try {
      answer = await call('POST', '/api/v1/sync', { changes });
    } catch (e) {
      // interrupted or not taken: the batch goes back to waiting, and its replay will be recognised by the client ids
      await db.putAll('queue', batch.map((r) => ({ ...r, state: 'queued' })));
      throw e;
    }
    const byId = new Map(batch.map((r) => [r.clientId, r]));
    const answered = answer.results.filter((x) => byId.has(x.clientId));
    await db.putAll('queue', answered.map((x) => (x.outcome === 'retry'
      ? { ...byId.get(x.clientId), state: 'queued' }
      : { ...byId.get(x.clientId), state: x.outcome, serverId: x.serverId, reasons: x.reasons, server: x.server })));
    answered.filter((x) => x.outcome === 'created' || x.outcome === 'already_had')
      .forEach((x) => identities.delete(x.clientId));
    const unanswered = batch.filter((r) => !answered.some((x) => x.clientId === r.clientId));
    await db.putAll('queue', unanswered.map((r) => ({ ...r, state: 'queued' })));
    if (answered.some((x) => x.outcome === 'retry')) throw retryLater(answer.retryAfter ?? null);
  }
}

async function pull() {
  const cursor = await db.get('meta', 'cursor');
  const changes = await call('GET', '/api/v1/sync/changes' + (cursor ? '?cursor=' + encodeURIComponent(cursor) : ''));
  if (changes.full) {
    await db.clear('communities');
    await db.clear('referrals');
  }
  await db.putAll('communities', changes.communities);
  const keep = new Set(changes.communityIds);
  for (const c of await db.all('communities')) if (!keep.has(c.id)) await db.del('communities', c.id);
  await db.putAll('referrals', changes.referrals);
  if (changes.servicePoints) {
    await db.clear('points');
    await db.putAll('points', changes.servicePoints);
  }
  if (changes.lists) await db.put('meta', changes.lists, 'lists');
  await db.put('meta', changes.cursor, 'cursor');
  await db.put('meta', new Date().toISOString(), 'lastSync');
}

/**
 * Sends what waits, then pulls; one run at a time. A failure retries with a growing delay (5 s doubling, at most 5
 * minutes, with jitter), and never sooner than the server's Retry-After.
 */
export function syncNow() {
  running ??= (async () => {
    try {
      await push();
      await pull();
      failures = 0;
      await db.put('meta', null, 'problem');
    } catch (e) {
      failures += 1;
      await db.put('meta', e.auth ? 'signIn' : e.retry && !e.network ? 'retrying' : null, 'problem');
      schedule(e.after);
    } finally {
      running = null;
      listener();
    }
  })();
  return running;
}

function schedule(after) {
  clearTimeout(timer);
  const backoff = Math.min(300000, 5000 * 2 ** Math.min(failures - 1, 6)) * (0.75 + Math.random() / 2);
  const delay = Math.max(backoff, (after || 0) * 1000);
  timer = setTimeout(() => navigator.onLine && syncNow(), delay);
}

/** Records left "sending" by a page closed mid-way go back to waiting; records sent over a week ago are dropped. */
export async function recover() {
  const queue = await db.all('queue');
  await db.putAll('queue', queue.filter((r) => r.state === 'sending').map((r) => ({ ...r, state: 'queued' })));
  const weekAgo = new Date(Date.now() - 7 * 864e5).toISOString();
  for (const r of queue) if ((r.state === 'created' || r.state === 'already_had') && r.at < weekAgo) await db.del('queue', r.clientId);
}

export function start() {
  addEventListener('online', () => { failures = 0; syncNow(); });
  setInterval(() => navigator.onLine && syncNow(), 120000);
}
