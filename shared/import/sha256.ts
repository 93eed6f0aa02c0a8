import { sha256 as sha256Digest } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/**
 * The SHA-256 of `bytes` as 64 lowercase hex digits: an image's id. Synchronous and
 * dependency-free of the runtime (@noble/hashes) because shared/ has neither Node's crypto
 * nor WebCrypto's promises, and image ids are needed while a document is being built.
 */
export function sha256(bytes: Uint8Array): string {
  return bytesToHex(sha256Digest(bytes));
}
