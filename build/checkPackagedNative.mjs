// electron-builder's beforePack hook: no package without an Electron build of better-sqlite3
// that matches the Electron, platform and CPU being packaged. `npm run dist` builds it first
// (build/prepareElectronNative.mjs); this catches `electron-builder` run on its own, or for
// another platform or CPU than the build was made for.
import path from 'node:path';
import { describeElectronNative, electronNativeState } from './prepareElectronNative.mjs';

/** builder-util's `Arch` enum, by value. */
const archNames = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

export default function beforePack(context) {
  const arch = archNames[context.arch] ?? String(context.arch);
  const target = describeElectronNative(
    context.packager.projectDir,
    context.electronPlatformName,
    arch,
  );
  const { state, stamp } = electronNativeState(target);
  if (state === 'ready') return;
  const shown = path.relative(target.root, target.binary);
  const have =
    state === 'missing'
      ? 'there is none'
      : stamp
        ? `the one there is for Electron ${stamp.electron} on ${stamp.platform}-${stamp.arch}`
        : 'the one there has no stamp';
  throw new Error(
    `Galley packages better-sqlite3 built for Electron ${target.wanted.electron} on ` +
      `${target.wanted.platform}-${arch} (${shown}), and ${have}: run \`npm run dist\` on a ` +
      `${target.wanted.platform}-${arch} machine, which builds it first.`,
  );
}
