import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { addDeskUser } from '../../../electron/services/desk/deskTokens';
import type { DeskRole } from '../../../shared/desk/deskRole';
import { openDeskStore } from '../../../electron/services/desk/openDeskStore';
import { makeTempDir, startGalleyServer, type GalleyServer } from '../../support/galleyServer';
import { startDeskProcess, type DeskProcess } from '../../support/startDeskProcess';
import { expect } from '../fixtures';
import { GalleyPage } from './GalleyPage';

/** One person's machine: their own `galley serve` and library, and a browser window on it. */
export interface Workstation {
  server: GalleyServer;
  galley: GalleyPage;
  page: Page;
}

export interface DeskPerson {
  name: string;
  role: DeskRole;
}

/**
 * A desk process on an embedded store with its people, and the workstations a test opens on it,
 * each with its own library in the same temporary folder; `stop` closes all of it.
 */
export class DeskWorkstations {
  private readonly workstations: Workstation[] = [];

  private constructor(
    private readonly dir: string,
    private readonly desk: DeskProcess,
    /** Each person's personal token, by name. */
    readonly tokens: ReadonlyMap<string, string>,
  ) {}

  static async start(prefix: string, people: DeskPerson[]): Promise<DeskWorkstations> {
    const dir = makeTempDir(prefix);
    const database = path.join(dir, 'desk.sqlite');
    const store = await openDeskStore(database);
    const tokens = new Map<string, string>();
    for (const { name, role } of people) {
      tokens.set(name, (await addDeskUser(store, name, role, Date.now())).token);
    }
    await store.close();
    return new DeskWorkstations(dir, await startDeskProcess(database), tokens);
  }

  get url(): string {
    return this.desk.url;
  }

  token(person: string): string {
    const token = this.tokens.get(person);
    if (token === undefined) throw new Error(`${person} is not on this desk`);
    return token;
  }

  /** A new workstation with an empty library, open at 1440×900 (not joined yet). */
  async workstation(browser: Browser, name: string): Promise<Workstation> {
    const server = await startGalleyServer(path.join(this.dir, `${name}.galley`));
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const galley = new GalleyPage(page, server);
    await galley.open();
    const station = { server, galley, page };
    this.workstations.push(station);
    return station;
  }

  /**
   * Joins the desk as `person` in Settings and closes Settings; in Russian, the interface is
   * switched first and the dialog is driven by its Russian labels.
   */
  async join(station: Workstation, person: string, language: 'en' | 'ru' = 'en'): Promise<void> {
    const { page } = station;
    const words =
      language === 'ru'
        ? ['Настройки', 'Адрес редакции', 'Личный токен', 'Подключиться']
        : ['Settings', 'Desk address', 'Personal token', 'Join the desk'];
    if (language === 'ru') {
      await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ru');
    }
    const [settings, address, tokenLabel, join] = words as [string, string, string, string];
    await page.getByRole('button', { name: settings, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: settings });
    await dialog.getByLabel(address).fill(this.url);
    await dialog.getByLabel(tokenLabel).fill(this.token(person));
    await dialog.getByRole('button', { name: join }).click();
    await expect(dialog.getByTestId('desk-status')).toHaveAttribute('data-state', 'online', {
      timeout: 15_000,
    });
    await page.keyboard.press('Escape');
  }

  async stop(): Promise<void> {
    for (const { server, page } of this.workstations) {
      await page.context().close();
      await server.stop();
    }
    await this.desk.stop();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
