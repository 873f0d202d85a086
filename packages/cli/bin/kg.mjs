#!/usr/bin/env node
// @ts-check
/**
 * `kg`: runs the pre-built CLI bundle (packages/cli/bundle/kg.mjs), rebuilding it first when a
 * source changed. KG_BUNDLE_DIR chooses another bundle folder (tests use a temporary one).
 */
import process from 'node:process';
import { ensureBundle } from './cli-bundle.mjs';

const entry = await ensureBundle({
  dir: process.env.KG_BUNDLE_DIR || undefined,
  log: (line) => process.stderr.write(`${line}\n`),
});
await import(entry);
