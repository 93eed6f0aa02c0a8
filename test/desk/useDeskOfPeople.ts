import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { DeskAgent, type DeskAgentOptions } from '../../electron/services/desk/deskAgent';
import type { DeskStore } from '../../electron/services/desk/deskStore';
import { addDeskUser } from '../../electron/services/desk/deskTokens';
import { openDeskStore } from '../../electron/services/desk/openDeskStore';
import { startDeskServer, type DeskServer } from '../../electron/services/desk/startDeskServer';
import { openLibrary, type Library } from '../../electron/services/library/openLibrary';
import type { DeskRole } from '../../shared/desk/deskRole';
import { makeTempDir } from '../support/galleyServer';

export interface DeskOfPeople {
  readonly dir: string;
  readonly store: DeskStore;
  readonly desk: DeskServer;
  /** The token of a person listed when the desk was made. */
  tokenOf: (name: string) => string;
  /** A library of its own in the desk's folder; `actor` is its local login. */
  workstation: (name: string, actor?: string) => Library;
  join: (
    library: Library,
    token: string,
    options?: Pick<DeskAgentOptions, 'idleCloseMs'>,
  ) => DeskAgent;
  leave: (agent: DeskAgent) => Promise<void>;
  /** The app is closed: the library file stays. */
  close: (library: Library) => void;
}

/**
 * One desk server with the given people for a whole test file; the agents a test joins stop
 * when it ends, and the workstations it opens are closed and removed after the file's last test.
 */
export function useDeskOfPeople(
  prefix: string,
  people: ReadonlyArray<readonly [name: string, role: DeskRole]>,
): DeskOfPeople {
  let dir = '';
  let store: DeskStore | undefined;
  let desk: DeskServer | undefined;
  const tokens = new Map<string, string>();
  const libraries: Library[] = [];
  const agents = new Set<DeskAgent>();
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the desk starts in beforeAll');
    return value;
  };

  beforeAll(async () => {
    dir = makeTempDir(prefix);
    store = await openDeskStore(path.join(dir, 'desk.sqlite'));
    for (const [name, role] of people) {
      tokens.set(name, (await addDeskUser(store, name, role, Date.now())).token);
    }
    desk = await startDeskServer({ store, port: 0, host: '127.0.0.1' });
  });

  // A test's workstations leave the desk when it ends: left running, every earlier test's agents
  // (twelve by workstationSync's last test, each asking the desk every 100 ms) took half a core
  // from the test that runs, and under load its waits ran out.
  afterEach(async () => {
    for (const agent of agents) await agent.stop();
    agents.clear();
  });

  afterAll(async () => {
    for (const agent of agents) await agent.stop();
    for (const library of libraries) library.close();
    await desk?.close();
    await store?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  return {
    get dir() {
      return dir;
    },
    get store() {
      return started(store);
    },
    get desk() {
      return started(desk);
    },
    tokenOf: (name) => {
      return started(tokens.get(name));
    },
    workstation: (name, actor = name) => {
      const library = openLibrary(path.join(dir, `${name}.galley`), { actor });
      libraries.push(library);
      return library;
    },
    join: (library, token, options = {}) => {
      const agent = new DeskAgent({
        library,
        url: started(desk).url,
        token,
        pollMs: 100,
        ...options,
      });
      agents.add(agent);
      agent.start();
      return agent;
    },
    leave: async (agent) => {
      await agent.stop();
      agents.delete(agent);
    },
    close: (library) => {
      library.close();
      libraries.splice(libraries.indexOf(library), 1);
    },
  };
}
