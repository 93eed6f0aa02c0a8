// Child: `openLibraryTimed FILE` prints "ready", opens (and so migrates) the library through
// openLibrary, then prints "opened VERSION MS". The parent kills it somewhere in between.
import { openLibrary } from '../../../electron/services/library/openLibrary';

const [file = ''] = process.argv.slice(2);
process.stdout.write('ready\n');
const started = performance.now();
const library = openLibrary(file);
const ms = performance.now() - started;
process.stdout.write(`opened ${library.schemaVersion} ${ms.toFixed(2)}\n`);
library.close();
