// The globals first: every feature's stylesheet, imported beside it, builds on them.
import './styles.css';
// Asks for the library's first page as this small entry runs.
import './api/windowClient';

// React, the translations and the interface are a chunk of their own. Imported statically they
// were evaluated before this entry's own code (a module's imports run first), so the "early"
// first-page call left only after 300-600 ms of their parsing and evaluation; now it leaves as
// the entry loads and the server's answer overlaps all of that.
const { startApp } = await import('./startApp');
await startApp();
