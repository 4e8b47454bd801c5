// Vite's asset-import types (`?url`) for the UI sources, which tsc checks with the rest of the repo.
/// <reference types="vite/client" />
