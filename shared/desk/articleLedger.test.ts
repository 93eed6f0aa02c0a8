import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  readArticleLedger,
  readVerifiedLedger,
  writeArticleLedger,
  type LedgerEntry,
} from './articleLedger';
import { deskAuthorsKey } from './deskAuthors';

const quoteId = '01JF3Q6X8ZC1V7M2N4P5R6S7T9';

function entry(fields: Partial<LedgerEntry> = {}): LedgerEntry {
  return {
    id: quoteId,
    kind: 'inline',
    state: 'active',
    exact: 'Мост откроют в мае',
    prefix: 'Мэр сказал: «',
    suffix: '».',
    start: 13,
    end: 31,
    speaker: 'Мэр',
    role: '',
    sourceKind: 'none',
    sourceRef: '',
    sourceTimecode: '',
    verdict: 'unchecked',
    checkedText: null,
    checkedBy: '',
    checkedAt: null,
    note: '',
    createdBy: 'Анна',
    createdAt: 1_700_000_000_000,
    ...fields,
  };
}

/** A workstation's document, with a fixed Yjs client id so the desk's stamp can name it. */
function workstation(clientId: number): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  return doc;
}

function sync(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}

/** What the desk does before relaying: records who it verified for each client id. */
function stamp(desk: Y.Doc, people: Record<number, string>): void {
  const authors = desk.getMap<string>(deskAuthorsKey);
  for (const [id, person] of Object.entries(people)) authors.set(id, person);
}

describe('readVerifiedLedger', () => {
  it('names the person the desk stamped for the writer of a verdict, not the name the writer claimed', () => {
    const anna = workstation(101);
    const desk = workstation(1);
    const reader = workstation(303);
    writeArticleLedger(anna, [entry({ createdBy: 'Главный редактор' })]);
    writeArticleLedger(anna, [
      entry({
        createdBy: 'Главный редактор',
        verdict: 'verified',
        checkedText: 'Мост откроют в мае',
        checkedBy: 'Главный редактор',
        checkedAt: 1_700_000_100_000,
      }),
    ]);
    stamp(desk, { 101: 'Анна' });
    sync(anna, desk);
    sync(desk, reader);

    // The claim is still what was written…
    expect(readArticleLedger(reader)[0]?.checkedBy).toBe('Главный редактор');
    // …and the verified reading replaces it with who wrote it.
    const [verified] = readVerifiedLedger(reader);
    expect(verified?.entry.checkedBy).toBe('Анна');
    expect(verified?.entry.createdBy).toBe('Анна');
    expect(verified?.writers).toEqual({
      state: 'Анна',
      speaker: 'Анна',
      role: 'Анна',
      sourceKind: 'Анна',
      sourceRef: 'Анна',
      sourceTimecode: 'Анна',
      note: 'Анна',
      verdict: 'Анна',
      checkedText: 'Анна',
      checkedBy: 'Анна',
      checkedAt: 'Анна',
      createdBy: 'Анна',
    });
  });

  it('keeps each field’s own writer, and the claim only where no desk stamped the writer', () => {
    const anna = workstation(101);
    const boris = workstation(202);
    const desk = workstation(1);
    writeArticleLedger(anna, [entry()]);
    stamp(desk, { 101: 'Анна' });
    sync(anna, desk);
    sync(desk, boris);
    // Boris checks the quote on his machine; his edit has not reached the desk yet.
    writeArticleLedger(boris, [
      entry({
        speaker: 'Мэр города',
        verdict: 'disputed',
        checkedText: 'Мост откроют в мае',
        checkedBy: 'Борис (локально)',
        checkedAt: 1_700_000_200_000,
      }),
    ]);
    const [local] = readVerifiedLedger(boris);
    expect(local?.entry.checkedBy).toBe('Борис (локально)');
    expect(local?.entry.createdBy).toBe('Анна');
    expect(local?.writers.speaker).toBeUndefined();
    expect(local?.writers.sourceRef).toBe('Анна');

    // Once the desk has stamped Boris's client, everyone reads him as the desk verified him.
    stamp(desk, { 202: 'Борис Иванов' });
    sync(boris, desk);
    sync(desk, anna);
    const [merged] = readVerifiedLedger(anna);
    expect(merged?.entry.checkedBy).toBe('Борис Иванов');
    expect(merged?.entry.verdict).toBe('disputed');
    expect(merged?.writers.speaker).toBe('Борис Иванов');
    expect(merged?.writers.note).toBe('Анна');
  });

  it('writes a check as one decision: a new checker of the same verdict rewrites every check field', () => {
    const anna = workstation(101);
    const boris = workstation(202);
    const desk = workstation(1);
    const verified = entry({
      verdict: 'verified',
      checkedText: 'Мост откроют в мае',
      checkedBy: 'Анна',
      checkedAt: 1_700_000_100_000,
    });
    writeArticleLedger(anna, [verified]);
    stamp(desk, { 101: 'Анна', 202: 'Борис Иванов' });
    sync(anna, desk);
    sync(desk, boris);
    writeArticleLedger(boris, [{ ...verified, checkedBy: 'Анна', checkedAt: 1_700_000_300_000 }]);
    sync(boris, desk);
    const [entryOnDesk] = readVerifiedLedger(desk);
    expect(entryOnDesk?.entry.checkedBy).toBe('Борис Иванов');
    expect(entryOnDesk?.writers.verdict).toBe('Борис Иванов');
    expect(entryOnDesk?.writers.checkedText).toBe('Борис Иванов');
  });

  it('names no checker for a quote set back to unchecked', () => {
    const anna = workstation(101);
    const desk = workstation(1);
    writeArticleLedger(anna, [entry({ checkedBy: 'Кто-то' })]);
    stamp(desk, { 101: 'Анна' });
    sync(anna, desk);
    expect(readVerifiedLedger(desk)[0]?.entry.checkedBy).toBe('');
  });
});
