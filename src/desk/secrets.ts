// Random secrets (session ids, API tokens, one-time links) and how they are stored: only a
// sha256 of each is kept, so a copy of the database opens no session and uses no link.
// Passwords are hashed with argon2id (memory-hard), never with a fast hash.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import argon2 from "argon2";
import { SitrepError } from "../errors.js";

export const MIN_PASSWORD = 10;
export const MAX_PASSWORD = 256;

/** 32 random bytes, base64url, with a prefix saying what it is (e.g. "st_" for API tokens). */
export function randomSecret(prefix = ""): string {
  return prefix + randomBytes(32).toString("base64url");
}

export function sha256(s: string): string {
  return createHash("sha256").update(s).digest("hex");
}

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function checkPasswordPolicy(p: unknown, field = "password"): string {
  if (typeof p !== "string") throw new SitrepError("SITREP_E_BAD_ARGUMENT", `${field}: required`);
  if ([...p].length < MIN_PASSWORD) throw new SitrepError("SITREP_E_BAD_ARGUMENT", `${field}: at least ${MIN_PASSWORD} characters`);
  if (p.length > MAX_PASSWORD) throw new SitrepError("SITREP_E_BAD_ARGUMENT", `${field}: at most ${MAX_PASSWORD} characters`);
  return p;
}

// OWASP's argon2id baseline (19 MiB, 2 passes); tests lower it with SITREP_ARGON2_FAST=1 (read
// per call, so a test can set it after import). verify() reads the cost from the hash itself.
const opts = () =>
  process.env.SITREP_ARGON2_FAST
    ? { type: argon2.argon2id as 2, memoryCost: 1024, timeCost: 1, parallelism: 1 }
    : { type: argon2.argon2id as 2, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(p: string): Promise<string> {
  return argon2.hash(p.normalize("NFC"), opts());
}

export async function verifyPassword(hash: string, p: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, p.normalize("NFC"));
  } catch {
    return false;
  }
}

/** A hash to verify against when the account does not exist, so timing does not reveal it. */
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  return (dummy ??= hashPassword(randomSecret()));
}
