// The globals first: every feature's stylesheet, imported beside it, builds on them.
import './styles.css';
// Asks for the library's first page as this small entry runs.
import './api/windowClient';
import { whenStyled } from './whenStyled';

// React, the translations and the interface are a chunk of their own. Imported statically they
// were evaluated before this entry's own code (a module's imports run first), so the "early"
// first-page call left only after 300-600 ms of their parsing and evaluation; now it leaves as
// the entry loads and the server's answer overlaps all of that. The entry is an async script
// (build/preloadStartChunk.mjs): a deferred one waits for every stylesheet the page links, and
// over six connections those arrived after the scripts, holding the call back; the chunk is
// evaluated meanwhile and only the render waits for them.
const [{ startApp }] = await Promise.all([import('./startApp'), whenStyled()]);
await startApp();
