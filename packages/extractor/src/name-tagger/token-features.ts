/**
 * All feature hashes of every token, for training: the word's own features, its neighbours'
 * role features and the sentence-context features (FEATURE_SLOTS per token, 0 = none). The
 * tagger computes the same features but memoises the word-only parts (name-tagger.ts).
 * Template ids are part of the hashes: changing any feature means bumping FEATURE_VERSION.
 */
import type { NameGazetteer } from './name-gazetteer';
import { CONTEXT_SLOTS, createSentenceContext } from './sentence-context';
import {
  ROLE_OFFSETS,
  ROLE_SLOTS,
  SELF_SLOTS,
  writeRoleFeatures,
  writeSelfFeatures,
} from './word-features';

/** Bump when features change: weights trained with other features are refused at load. */
export const FEATURE_VERSION = 7;

export const FEATURE_SLOTS = SELF_SLOTS + ROLE_OFFSETS.length * ROLE_SLOTS + CONTEXT_SLOTS;

export interface FeatureExtractor {
  /** Feature hashes of every token, FEATURE_SLOTS per token (a reused buffer). */
  extract(tokens: readonly string[]): Uint32Array;
}

export function createFeatureExtractor(
  gazetteer: NameGazetteer,
  commonWords: Uint32Array,
): FeatureExtractor {
  const context = createSentenceContext(gazetteer, commonWords);
  let buffer = new Uint32Array(0);
  return {
    extract(tokens) {
      const n = tokens.length;
      if (buffer.length < n * FEATURE_SLOTS) buffer = new Uint32Array(n * 2 * FEATURE_SLOTS);
      context.prepare(tokens);
      for (let i = 0; i < n; i++) {
        let at = i * FEATURE_SLOTS;
        writeSelfFeatures(context.words[i]!, buffer, at);
        at += SELF_SLOTS;
        ROLE_OFFSETS.forEach((offset, role) => {
          writeRoleFeatures(context.wordAt(i + offset), role, buffer, at + role * ROLE_SLOTS);
        });
        at += ROLE_OFFSETS.length * ROLE_SLOTS;
        context.writeContextFeatures(i, buffer, at);
      }
      return buffer;
    },
  };
}
