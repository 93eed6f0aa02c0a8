import { extractPlainText, inlineText } from '../editor/extractPlainText';
import { isInlineNode } from '../editor/isInlineNode';
import type { TiptapNode } from '../editor/tiptapJson';
import { detectLanguage } from '../text/detectLanguage';
import type { Attribution } from './attribution';
import { attributeCandidates } from './attributeCandidates';
import { buildTextIndex } from './buildTextIndex';
import { collectPersonMentions } from './collectPersonMentions';
import type { DetectedQuote } from './detectedQuote';
import { findAttributionBefore } from './findAttributionBefore';
import { findQuotedSpans } from './findQuotedSpans';
import { findQuoteCandidates, type QuoteCandidate } from './findQuoteCandidates';
import { parseSpeakerPhrase } from './parseSpeakerPhrase';
import type { QuotePart } from './splitInterruptedQuote';
import { tokenizeText } from './tokenizeText';

interface Block {
  start: number;
  end: number;
  /** Index of the blockquote node the block belongs to, or -1. */
  blockquote: number;
}

const blockSeparator = 2;
const attributionLine = /^\s*[—–-]\s*(?=\S)/u;
const wrappingMarks = /^\s*[«“„"](.*)[»”“"]\s*$/su;

/**
 * {@link detectQuotes} for a stored document: offsets are into `extractPlainText(document)`,
 * and the text of each `blockquote` node is a block quotation (kind 'block'), attributed by
 * a trailing "— Name" line inside it or, failing that, by the paragraph before it
 * ("Министр сказал:").
 */
export function detectQuotesInDocument(document: TiptapNode): DetectedQuote[] {
  const text = extractPlainText(document);
  const language = detectLanguage(text);
  const spans = findQuotedSpans(text);
  const index = buildTextIndex(text, spans);
  const blocks = locateBlocks(document, text);
  // A blockquote paragraph with its own attributed quotation («…», — сказал X) keeps that
  // quotation; the other paragraphs of the blockquote are quoted as a whole.
  const quotedBlocks = new Set<Block>();
  const candidates = findQuoteCandidates(text, spans, index, language).filter((candidate) => {
    const block = blockAt(blocks, candidate.parts[0]?.start ?? -1);
    if (block === undefined || block.blockquote < 0) return true;
    if (candidate.attribution?.reference === undefined) return false;
    candidate.kind = 'block';
    quotedBlocks.add(block);
    return true;
  });
  for (const group of groupBlockquotes(blocks)) {
    const rest = group.filter((block) => !quotedBlocks.has(block));
    if (rest.length === 0) continue;
    const candidate = blockCandidate(text, blocks, rest, language, (offset) =>
      index.sentenceStart(offset),
    );
    if (candidate !== undefined) candidates.push(candidate);
  }
  candidates.sort((a, b) => (a.parts[0]?.start ?? 0) - (b.parts[0]?.start ?? 0));
  const people = collectPersonMentions(text, spans, index, language);
  return attributeCandidates(text, candidates, people, index, language);
}

function blockCandidate(
  text: string,
  blocks: readonly Block[],
  group: readonly Block[],
  language: 'ru' | 'en',
  sentenceStart: (offset: number) => number,
): QuoteCandidate | undefined {
  const quoted = [...group];
  let attribution: Attribution | undefined;
  const last = quoted[quoted.length - 1];
  if (
    last !== undefined &&
    quoted.length > 1 &&
    attributionLine.test(text.slice(last.start, last.end))
  ) {
    quoted.pop();
    const tokens = tokenizeText(text, last.start, last.end).filter(
      (token) => token.isWord || token.text === ',',
    );
    attribution = {
      cue: '—',
      cueOffset: last.start,
      strength: 'strong',
      reference: parseSpeakerPhrase(tokens, language),
      hasColon: false,
      verbGender: '',
    };
  }
  const first = quoted[0];
  if (first === undefined) return undefined;
  if (attribution === undefined) {
    const previous = [...blocks].reverse().find((block) => block.end <= first.start);
    if (previous !== undefined && previous.blockquote < 0) {
      attribution = findAttributionBefore(
        text,
        sentenceStart(previous.end - 1),
        previous.end,
        language,
      );
    }
  }
  return { parts: quoted.map((block) => unwrap(text, block)), kind: 'block', attribution };
}

/** A block quotation may still carry its own quotation marks; the quote is inside them. */
function unwrap(text: string, block: Block): QuotePart {
  const content = text.slice(block.start, block.end);
  const match = wrappingMarks.exec(content);
  if (match?.[1] === undefined) return { start: block.start, end: block.end };
  const start = block.start + content.indexOf(match[1]);
  return { start, end: start + match[1].length };
}

function blockAt(blocks: readonly Block[], offset: number): Block | undefined {
  return blocks.find((block) => offset >= block.start && offset < block.end);
}

function groupBlockquotes(blocks: readonly Block[]): Block[][] {
  const groups = new Map<number, Block[]>();
  for (const block of blocks) {
    if (block.blockquote < 0) continue;
    const group = groups.get(block.blockquote) ?? [];
    group.push(block);
    groups.set(block.blockquote, group);
  }
  return [...groups.values()];
}

/**
 * Offsets of the blocks `extractPlainText` joins, walking the document the same way. If the
 * walk ever disagrees with the extracted text, no block is treated as a quotation.
 */
function locateBlocks(document: TiptapNode, text: string): Block[] {
  const blocks: Block[] = [];
  const pieces: string[] = [];
  let blockquotes = 0;
  let offset = 0;
  const visit = (node: TiptapNode, blockquote: number): void => {
    const children = node.content ?? [];
    if (children.some(isInlineNode) || (children.length === 0 && node.type !== 'doc')) {
      const content = children.map(inlineText).join('');
      if (content.length === 0) return;
      pieces.push(content);
      blocks.push({ start: offset, end: offset + content.length, blockquote });
      offset += content.length + blockSeparator;
      return;
    }
    const inner = node.type === 'blockquote' && blockquote < 0 ? blockquotes++ : blockquote;
    for (const child of children) visit(child, inner);
  };
  visit(document, -1);
  return pieces.join('\n\n') === text ? blocks : [];
}
