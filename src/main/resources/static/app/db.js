// IndexedDB for the offline app: what the facilitator needs offline (communities, referrals, service points, lists,
// the sync cursor) and the queue of records made offline. Never a child's identifying details (see sync.js).
const NAME = 'harambee-app';
const STORES = ['meta', 'communities', 'referrals', 'points', 'queue'];
let opened;

export function open() {
  opened ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(NAME, 1);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore('meta');
      for (const store of STORES.slice(1)) db.createObjectStore(store, { keyPath: store === 'queue' ? 'clientId' : 'id' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return opened;
}

async function tx(store, mode, work) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const t = db.transaction(store, mode);
    const result = work(t.objectStore(store));
    t.oncomplete = () => resolve(result && 'result' in result ? result.result : undefined);
    t.onerror = () => reject(t.error);
  });
}

export const get = (store, key) => tx(store, 'readonly', (s) => s.get(key));
export const all = (store) => tx(store, 'readonly', (s) => s.getAll());
export const put = (store, value, key) => tx(store, 'readwrite', (s) => (key === undefined ? s.put(value) : s.put(value, key)));
export const del = (store, key) => tx(store, 'readwrite', (s) => s.delete(key));
export const clear = (store) => tx(store, 'readwrite', (s) => s.clear());

export async function putAll(store, values) {
  if (values.length) await tx(store, 'readwrite', (s) => values.forEach((v) => s.put(v)));
}

/** Drops everything this app keeps on the phone (at sign-out, or when another user signs in). */
export async function wipe() {
  for (const store of STORES) await clear(store);
}
