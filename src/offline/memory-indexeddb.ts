// Its own chunk (named for what it is), loaded only when the browser gives no IndexedDB.
export { indexedDB, IDBKeyRange } from 'fake-indexeddb';
