#!/usr/bin/env node
// The `galley` command: runs the TypeScript CLI through tsx, so `npx galley` works
// straight after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
