import { projectPaths } from './projectPaths';
import { runNode, type GalleyRun, type RunGalleyOptions } from './runGalley';

/** Runs a TypeScript child entry (`test/faults/children/NAME.ts`) through tsx. */
export function runChild(
  name: string,
  args: readonly string[],
  options: RunGalleyOptions = {},
): Promise<GalleyRun> {
  return runNode(['--import', 'tsx', `${projectPaths.children}/${name}.ts`, ...args], options);
}
