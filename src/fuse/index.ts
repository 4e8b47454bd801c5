// Fusion: near-duplicate articles, same-event decisions, canonical events and their verification.
export { sameEvent, compatibleTypes, indexKeys, lookupCells, dayNumber, type FuseReport } from "./match.js";
export { buildCanonical, canonicalId, type CanonicalInput } from "./canonical.js";
export { verify, claimsOf, isParty, type VerificationResult } from "./verify.js";
export { minhash, similarity, bandHashes, NEAR_DUP_THRESHOLD } from "./minhash.js";
export { originalOf } from "./near-dups.js";
export { verificationSentences, verifiedSentenceFor, storyText, storySentences } from "./cues.js";
export { sampleEvent, type EventSketch } from "./sample-event.js";
