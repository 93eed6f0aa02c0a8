import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const schemaDir = path.resolve(import.meta.dirname, '../../shared/export/schemas');

const draft7MetaSchemaPath = createRequire(import.meta.url).resolve(
  'ajv/dist/refs/json-schema-draft-07.json',
);

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
}

function readSchema(name: string): Record<string, unknown> {
  return readJson(path.join(schemaDir, name));
}

interface Validators {
  ninjs: ValidateFunction;
  galley: ValidateFunction;
}

let validators: Validators | undefined;

// Compiled once per test process: schema compilation is the expensive part of Ajv.
function getValidators(): Validators {
  if (validators) return validators;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  // GeoJSON.json is draft-07; ninjs 2.2 refers to it by its $id, and there is no network.
  ajv.addMetaSchema(readJson(draft7MetaSchemaPath));
  ajv.addSchema(readSchema('GeoJSON.json'));
  const ninjsSchema = readSchema('ninjs-schema_2.2.json');
  ajv.addSchema(ninjsSchema);
  const ninjs = ajv.getSchema(String(ninjsSchema['$id']));
  if (!ninjs) throw new Error('the ninjs 2.2 schema did not compile');
  validators = { ninjs, galley: ajv.compile(readSchema('galley-ninjs-extension.json')) };
  return validators;
}

function describeErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map(
    (error) =>
      `${error.instancePath || '/'} ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`,
  );
}

/** Errors of `document` against the official IPTC ninjs 2.2 schema; empty when valid. */
export function validateNinjs(document: unknown): string[] {
  const { ninjs } = getValidators();
  return ninjs(document) ? [] : describeErrors(ninjs.errors);
}

/** Errors of `document` against Galley's ninjs extension schema; empty when valid. */
export function validateGalleyNinjs(document: unknown): string[] {
  const { galley } = getValidators();
  return galley(document) ? [] : describeErrors(galley.errors);
}
