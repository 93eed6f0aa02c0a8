import { ensureRendererBuild } from '../../build/buildRenderer.mjs';

/** Builds the interface once before the specs, so no spec server races to build it. */
export default async function globalSetup(): Promise<void> {
  await ensureRendererBuild((line) => process.stderr.write(`${line}\n`));
}
