import { startGalleyServer, type GalleyServer } from '../../support/galleyServer';
import { childEnv } from './childEnv';
import { trackChild } from './trackChild';

/**
 * `galley serve` on `libraryPath` the fault suite's way: in the scenario's folder, with the
 * children's clean environment, tracked so that an interrupted suite kills it.
 */
export function startServedGalley(
  libraryPath: string,
  options: { cwd?: string } = {},
): Promise<GalleyServer> {
  return startGalleyServer(libraryPath, [], {
    ...options,
    env: childEnv(),
    onSpawn: trackChild,
  });
}
