// Fusion settings and word lists from data/fuse/*.json, loaded once; the code that uses them stays generic.
import { readFileSync } from "node:fs";

const DATA_DIR = new URL("../../data/fuse/", import.meta.url);
const load = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, DATA_DIR), "utf8")) as T;

export interface FusionConfig {
  compatible_sub_types: string[][];
  date_window_days: Record<"1" | "2" | "3", number>;
  territory_extra_days: number;
  distance_km: Record<"1" | "2" | "3", number>;
  same_point_km: number;
  generic_actor_prefixes: string[];
  party_kinds: string[];
  weak_kinds: string[];
}

export interface VerificationCues {
  positive: string[];
  negative: string[];
}

export const FUSION: FusionConfig = load("fusion.json");
export const VERIFICATION_CUES: VerificationCues = load("verification-cues.json");
