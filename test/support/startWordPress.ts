import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { findFreePort } from './findFreePort';

export interface WordPressSite {
  /** `http://127.0.0.1:PORT/` */
  url: string;
  user: string;
  /** The test user's Application Password. */
  applicationPassword: string;
  /** GET on the REST API as the test user, e.g. `posts/12?context=edit`. */
  rest<T = unknown>(route: string): Promise<T>;
  /** Stops PHP and MariaDB and removes the temporary folder. */
  stop(): Promise<void>;
}

const wordpressRoot = '/usr/share/wordpress';
const harnessFiles = path.join(import.meta.dirname, 'wordpress');

/**
 * A throwaway WordPress from Debian's packages (`wordpress`, `php`, `mariadb-server`):
 * MariaDB with its data in a temporary folder on a free loopback port (as the `mysql` user
 * when run as root), WordPress's files linked from /usr/share/wordpress with a site folder of
 * its own (config, uploads, a minimal theme), PHP's built-in server on another free port,
 * installed non-interactively with an Application Password for the test user
 * (`WP_ENVIRONMENT_TYPE` is `local`, so WordPress offers them over plain HTTP).
 */
export async function startWordPress(): Promise<WordPressSite> {
  for (const [file, pkg] of [
    [path.join(wordpressRoot, 'wp-settings.php'), 'wordpress'],
    ['/usr/sbin/mariadbd', 'mariadb-server'],
    ['/usr/bin/php', 'php-cli php-mysql'],
  ] as const)
    if (!fs.existsSync(file))
      throw new Error(`${file} is missing: \`apt-get install ${pkg}\` (.ci/run does it)`);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-wp-'));
  const asRoot = process.getuid?.() === 0;
  const dataDir = path.join(dir, 'mysql');
  const socket = path.join(dataDir, 'mysql.sock');
  fs.mkdirSync(dataDir);
  if (asRoot) {
    fs.chmodSync(dir, 0o755);
    const mysql = (flag: string): number =>
      Number(spawnSync('id', [flag, 'mysql'], { encoding: 'utf8' }).stdout.trim());
    fs.chownSync(dataDir, mysql('-u'), mysql('-g'));
  }
  const run = (command: string, args: string[]): [string, string[]] =>
    asRoot ? ['runuser', ['-u', 'mysql', '--', command, ...args]] : [command, args];

  const [installDb, installArgs] = run('mariadb-install-db', [
    '--no-defaults',
    `--datadir=${dataDir}`,
    '--auth-root-authentication-method=normal',
    '--skip-test-db',
    '--skip-name-resolve',
  ]);
  const init = spawnSync(installDb, installArgs, { encoding: 'utf8' });
  if (init.status !== 0) throw new Error(`mariadb-install-db failed: ${init.stderr}`);

  const dbPort = await findFreePort();
  const [mariadbd, mariadbArgs] = run('/usr/sbin/mariadbd', [
    '--no-defaults',
    `--datadir=${dataDir}`,
    `--socket=${socket}`,
    `--port=${dbPort}`,
    '--bind-address=127.0.0.1',
    `--pid-file=${path.join(dataDir, 'mariadbd.pid')}`,
    '--skip-log-bin',
    '--innodb-flush-log-at-trx-commit=0',
    '--innodb-buffer-pool-size=32M',
    '--character-set-server=utf8mb4',
  ]);
  const database = spawn(mariadbd, mariadbArgs, { stdio: ['ignore', 'ignore', 'pipe'] });
  const databaseLog = collect(database);
  await waitForPort(dbPort, database, databaseLog);
  const sql = spawnSync(
    'mariadb',
    [
      '--no-defaults',
      `--socket=${socket}`,
      '-uroot',
      '-e',
      "CREATE DATABASE wordpress CHARACTER SET utf8mb4; CREATE USER 'wordpress'@'127.0.0.1' IDENTIFIED BY 'wordpress'; GRANT ALL ON wordpress.* TO 'wordpress'@'127.0.0.1';",
    ],
    { encoding: 'utf8' },
  );
  if (sql.status !== 0) throw new Error(`creating the database failed: ${sql.stderr}`);

  const webPort = await findFreePort();
  const host = `127.0.0.1:${webPort}`;
  const url = `http://${host}/`;
  const site = path.join(dir, 'site');
  fs.mkdirSync(path.join(site, 'wp-content', 'uploads'), { recursive: true });
  fs.mkdirSync(path.join(site, 'wp-content', 'themes'));
  fs.cpSync(path.join(harnessFiles, 'theme'), path.join(site, 'wp-content', 'themes', 'galley'), {
    recursive: true,
  });
  fs.symlinkSync(
    path.join(wordpressRoot, 'wp-content', 'plugins'),
    path.join(site, 'wp-content', 'plugins'),
  );
  for (const entry of fs.readdirSync(wordpressRoot))
    if (entry !== 'wp-config.php' && entry !== 'wp-content')
      fs.symlinkSync(path.join(wordpressRoot, entry), path.join(site, entry));
  fs.writeFileSync(path.join(site, 'wp-config.php'), wpConfig(dbPort, url, site));

  const env = { ...process.env, GALLEY_WP_SITE: `${site}/`, GALLEY_WP_HOST: host };
  const install = spawnSync('php', [path.join(harnessFiles, 'install.php')], {
    encoding: 'utf8',
    env,
  });
  const credentials = /\{.*\}\s*$/.exec(install.stdout)?.[0];
  if (install.status !== 0 || !credentials)
    throw new Error(`installing WordPress failed: ${install.stderr}${install.stdout}`);
  const { user, password } = JSON.parse(credentials) as { user: string; password: string };

  const php = spawn(
    'php',
    [
      '-d',
      'upload_max_filesize=64M',
      '-d',
      'post_max_size=64M',
      '-S',
      host,
      '-t',
      site,
      path.join(harnessFiles, 'router.php'),
    ],
    // Several workers, as php-fpm would run: media uploads and posts may overlap. Its own
    // process group, so stopping it stops the workers too.
    {
      env: { ...env, PHP_CLI_SERVER_WORKERS: '4' },
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    },
  );
  const phpLog = collect(php);
  await waitForPort(webPort, php, phpLog);

  const authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  return {
    url,
    user,
    applicationPassword: password,
    rest: async <T>(route: string): Promise<T> => {
      const response = await fetch(new URL(`wp-json/wp/v2/${route}`, url), {
        headers: { Authorization: authorization },
      });
      if (!response.ok)
        throw new Error(`GET ${route}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    },
    stop: async () => {
      await stopGroup(php);
      // runuser does not pass signals on: the server itself is told, by the pid it wrote.
      const pidFile = path.join(dataDir, 'mariadbd.pid');
      const exited = new Promise<void>((resolve) => {
        if (database.exitCode !== null) resolve();
        else database.once('exit', () => resolve());
      });
      if (fs.existsSync(pidFile))
        process.kill(Number(fs.readFileSync(pidFile, 'utf8').trim()), 'SIGTERM');
      else database.kill('SIGTERM');
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function wpConfig(dbPort: number, url: string, site: string): string {
  const home = url.replace(/\/$/, '');
  const salts = [
    'AUTH_KEY',
    'SECURE_AUTH_KEY',
    'LOGGED_IN_KEY',
    'NONCE_KEY',
    'AUTH_SALT',
    'SECURE_AUTH_SALT',
    'LOGGED_IN_SALT',
    'NONCE_SALT',
  ]
    .map((key) => `define('${key}', '${key.toLowerCase()}-galley-test');`)
    .join('\n');
  return `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', 'wordpress');
define('DB_HOST', '127.0.0.1:${dbPort}');
define('DB_CHARSET', 'utf8mb4');
define('WP_HOME', '${home}');
define('WP_SITEURL', '${home}');
define('WP_CONTENT_DIR', '${site}/wp-content');
define('WP_CONTENT_URL', '${home}/wp-content');
define('WP_ENVIRONMENT_TYPE', 'local');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
${salts}
$table_prefix = 'wp_';
require_once ABSPATH . 'wp-settings.php';
`;
}

function collect(child: ChildProcess): () => string {
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  });
  return () => log;
}

async function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`server did not start on ${port}: ${log()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Stops a server and the workers it forked (its whole process group). */
async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.kill(-child.pid, 'SIGTERM');
  await exited;
}
