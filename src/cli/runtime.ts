/**
 * V8 settings for the `extract` command, applied when this module loads (the CLI imports it
 * before anything else). They are process-wide, so worker threads have them too. The library API
 * (`import { extract } from 'news-extract'`) leaves the embedding program's V8 alone.
 *
 * `--no-allocation-site-pretenuring`: V8 may decide, from an early sample, that objects made at a
 * hot allocation site live long and allocate them straight in the old generation. For the
 * tagger's short-lived objects that guess is wrong, and in about one run in three it was made:
 * those runs then did ~15 mark-compacts instead of 2 and spent 2 s instead of 0.3 s in scavenges
 * on BBC business (510 articles), took 30–40 % longer and peaked at ~300 MB instead of ~190 MB
 * (measured with `node --trace-gc`, 2-core Xeon, Node 20.20.2). Without pretenuring no run fell
 * into that state (17 runs).
 */
import { setFlagsFromString } from 'node:v8';

/** The V8 flags set by {@link applyRuntimeFlags}. */
export const V8_FLAGS = ['--no-allocation-site-pretenuring'];

/** Sets {@link V8_FLAGS} in this process (idempotent). */
export function applyRuntimeFlags(): void {
  for (const f of V8_FLAGS) setFlagsFromString(f);
}

applyRuntimeFlags();
