// V8 settings for every sitrep process (the CLI, the server, the benches), set before the pipeline allocates.
//
// Allocation-site pretenuring off: V8 watches each object/array literal's allocation site and, when most of its objects
// survive a young-generation GC, allocates that site's objects straight in the old generation. Extraction builds
// hundreds of short-lived records per report (tokens, mentions, candidates) that do live across a scavenge, so many of
// its sites got pretenured in a warmed process and every later allocation there paid old-generation costs (write
// barriers, mark-compact to free them). Session 26 measured `npm run bench -- extract` on a quiet host: 192 reports/s
// with pretenuring, 298/s without, output byte-identical. Only a heuristic is switched off; semantics are unchanged.
import { setFlagsFromString } from "node:v8";

setFlagsFromString("--no-allocation-site-pretenuring");
