// What every route plugin receives: the store, and the options the server was started with.
import type { Store } from "../store/index.js";

export interface ApiOptions {
  store: Store;
  /** How often the live stream polls the store for changed events (ms). */
  pollMs?: number;
}
