import { childScript } from './childScript';
import { runNode, type GalleyRun, type RunGalleyOptions } from './runGalley';

/** Runs a child entry (`test/faults/children/NAME.ts`), bundled, in plain Node. */
export async function runChild(
  name: string,
  args: readonly string[],
  options: RunGalleyOptions = {},
): Promise<GalleyRun> {
  return runNode([await childScript(name), ...args], options);
}
