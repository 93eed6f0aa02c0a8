import { Redis, type Configuration, type RedisInstance } from '@hocuspocus/extension-redis';
import {
  isTransactionOrigin,
  OutgoingMessage,
  type beforeBroadcastStatelessPayload,
  type onAwarenessUpdatePayload,
} from '@hocuspocus/server';
import { removeAwarenessStates } from 'y-protocols/awareness';
import { DeskError } from './deskError';
import { parseRedisUrl, withoutRedisPassword } from './parseRedisUrl';

const connectTimeoutMs = 5_000;

/** People who left a document on one desk process: awareness client ids with their clocks. */
interface LeftMessage {
  from: string;
  documentName: string;
  clients: [id: number, clock: number][];
}

/**
 * Hocuspocus's Redis extension as the desk runs it: live updates, awareness and `stored`
 * messages cross desk processes through Redis pub/sub. Its store lock is left out: with it, a
 * process that finds the lock taken skips its store and the changes it took from its own
 * workstations wait unstored until their next edit. The desk's stores merge into what is
 * stored in one PostgreSQL transaction instead, so two processes storing at once both keep
 * everything.
 *
 * People leaving travel on a channel of their own: Hocuspocus re-encodes an incoming awareness
 * update from the states it still holds, which drops removals, so a person who left a
 * document on one process would stay on the others until awareness times out (30 s).
 *
 * While Redis is away each process goes on serving and storing the documents it has open;
 * when it is back, each process asks the others for what it missed (a Yjs state vector per
 * open document), so edits made apart meet without waiting for the next keystroke.
 */
export class DeskRedis extends Redis {
  private readonly leaving: RedisInstance;
  private readonly leavingChannel: string;
  private readonly leavingSubscribed: Promise<unknown>;
  private log: (line: string) => void = () => undefined;

  constructor(configuration: Partial<Configuration>) {
    super(configuration);
    this.leavingChannel = `${this.configuration.prefix}#left`;
    this.leaving = this.pub.duplicate();
    this.leaving.on('message', (_channel: string, text: string) => this.applyLeft(text));
    this.leavingSubscribed = this.leaving.subscribe(this.leavingChannel);
    this.leavingSubscribed.catch(() => undefined);
    let readyBefore = false;
    this.sub.on('ready', () => {
      if (readyBefore) this.askForMissed();
      readyBefore = true;
    });
  }

  /** Connects (refusing to start when Redis does not answer) and returns the extension. */
  static async connect(url: string, log: (line: string) => void): Promise<DeskRedis> {
    const address = parseRedisUrl(url);
    const where = withoutRedisPassword(url);
    const redis = new DeskRedis({
      host: address.host,
      port: address.port,
      prefix: 'galley-desk',
      options: {
        db: address.db,
        ...(address.username ? { username: address.username } : {}),
        ...(address.password ? { password: address.password } : {}),
        ...(address.tls ? { tls: {} } : {}),
        connectTimeout: connectTimeoutMs,
      },
    });
    redis.log = log;
    // One line per outage, not one per reconnect attempt.
    let reported = false;
    for (const client of [redis.pub, redis.sub, redis.leaving]) {
      client.on('error', (error: unknown) => {
        if (reported) return;
        reported = true;
        log(
          `galley desk: Redis ${where}: ${error instanceof Error ? error.message : String(error)}`,
        );
      });
      client.on('ready', () => {
        if (reported) log(`galley desk: Redis ${where} is back`);
        reported = false;
      });
    }
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        Promise.all([redis.pub.ping(), redis.leavingSubscribed]),
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`no answer in ${connectTimeoutMs / 1000} s`)),
            connectTimeoutMs,
          );
        }),
      ]);
    } catch (error) {
      await redis.onDestroy();
      throw new DeskError(
        `Cannot reach Redis at ${where}: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      clearTimeout(timer);
    }
    reported = false;
    return redis;
  }

  override onStoreDocument(): Promise<void> {
    return Promise.resolve();
  }

  override async onAwarenessUpdate(payload: onAwarenessUpdatePayload): Promise<void> {
    const { documentName, awareness, removed, transactionOrigin } = payload;
    const fromRedis =
      isTransactionOrigin(transactionOrigin) && transactionOrigin.source === 'redis';
    if (removed.length > 0 && !fromRedis) {
      const message: LeftMessage = {
        from: this.configuration.identifier,
        documentName,
        clients: removed.map((id) => [id, awareness.meta.get(id)?.clock ?? 0]),
      };
      await this.pub
        .publish(this.leavingChannel, JSON.stringify(message))
        .catch((error: unknown) => this.log(`galley desk: Redis: ${describe(error)}`));
    }
    await super.onAwarenessUpdate({ ...payload, removed: [] });
  }

  /** Hocuspocus does not wait for this hook: a failed publish must not become a crash. */
  override async beforeBroadcastStateless(data: beforeBroadcastStatelessPayload): Promise<number> {
    try {
      return await super.beforeBroadcastStateless(data);
    } catch (error) {
      this.log(`galley desk: Redis: ${describe(error)}`);
      return 0;
    }
  }

  /** After an outage: every open document's state vector, which the others answer with what it lacks. */
  private askForMissed(): void {
    for (const document of this.instance?.documents.values() ?? []) {
      const message = new OutgoingMessage(document.name)
        .createSyncMessage()
        .writeFirstSyncStepFor(document)
        .toUint8Array();
      this.pub
        .publish(
          `${this.configuration.prefix}:${document.name}`,
          Buffer.concat([this.messagePrefix, Buffer.from(message)]),
        )
        .catch((error: unknown) => this.log(`galley desk: Redis: ${describe(error)}`));
    }
  }

  override async onDestroy(): Promise<void> {
    await super.onDestroy();
    this.leaving.disconnect(false);
  }

  /** Removes people who left on another process, unless a newer state of theirs is here. */
  private applyLeft(text: string): void {
    let message: LeftMessage;
    try {
      message = JSON.parse(text) as LeftMessage;
    } catch {
      return;
    }
    if (message.from === this.configuration.identifier || !Array.isArray(message.clients)) return;
    const awareness = this.instance?.documents.get(message.documentName)?.awareness;
    if (!awareness) return;
    const gone = message.clients
      .filter(
        ([id, clock]) => awareness.states.has(id) && (awareness.meta.get(id)?.clock ?? 0) <= clock,
      )
      .map(([id]) => id);
    if (gone.length > 0) removeAwarenessStates(awareness, gone, this.redisTransactionOrigin);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
