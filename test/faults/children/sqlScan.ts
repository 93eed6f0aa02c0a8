// Child: `sqlScan ROOT OUT.json` runs the sql-construction scan of the project at ROOT and
// writes its report to OUT.json. The scan builds a type-checked program of electron/ (40 s of
// one core under load): in a process of its own it no longer stops the fault runner, which
// runs another scenario beside it whose time caps and kills need the runner awake.
import fs from 'node:fs';
import { scanSqlConstruction } from '../support/scanSqlConstruction';

const [root, outFile] = process.argv.slice(2);
if (!root || !outFile) throw new Error('usage: sqlScan ROOT OUT.json');
fs.writeFileSync(outFile, JSON.stringify(scanSqlConstruction(root)));
