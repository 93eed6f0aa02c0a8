/** Replace `[from, to)` of the old text with `insert`; offsets are in the old text. */
export interface TextEdit {
  from: number;
  to: number;
  insert: string;
}

/**
 * Beyond this many single-character edits the middle is replaced as one piece: typography
 * changes a few characters per sentence, so only a rewrite gets here, and the cost of the
 * diff stays bounded (time O((N + M) · D), memory O(D²)).
 */
const maxEditDistance = 2000;

/**
 * The minimal edits turning `before` into `after` (Myers' diff over UTF-16 units),
 * sorted, with neighbouring single-character changes joined into one edit. Typography
 * maps its result back onto text nodes and editor positions with these, so that marks
 * and positions outside the changed characters survive.
 */
export function diffText(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start += 1;
  let endBefore = before.length;
  let endAfter = after.length;
  while (
    endBefore > start &&
    endAfter > start &&
    before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)
  ) {
    endBefore -= 1;
    endAfter -= 1;
  }
  const oldMiddle = before.slice(start, endBefore);
  const newMiddle = after.slice(start, endAfter);
  const steps = findPath(oldMiddle, newMiddle);
  if (!steps) return [{ from: start, to: endBefore, insert: newMiddle }];
  return joinSteps(steps, newMiddle).map((edit) => ({
    from: edit.from + start,
    to: edit.to + start,
    insert: edit.insert,
  }));
}

/** One step off the diagonal: delete `a[x]`, or insert `b[y]` before `a[x]`. */
interface Step {
  kind: 'delete' | 'insert';
  x: number;
  y: number;
}

function findPath(a: string, b: string): Step[] | null {
  const n = a.length;
  const m = b.length;
  const limit = Math.min(n + m, maxEditDistance);
  // furthest[d] holds, for k in [-d, d], the furthest x reached on diagonal k with d edits.
  const furthest: Int32Array[] = [];
  let previous = new Int32Array(1);
  for (let d = 0; d <= limit; d += 1) {
    const current = new Int32Array(2 * d + 1);
    for (let k = -d; k <= d; k += 2) {
      let x: number;
      if (d === 0) x = 0;
      else if (k === -d || (k !== d && at(previous, d - 1, k - 1) < at(previous, d - 1, k + 1))) {
        x = at(previous, d - 1, k + 1);
      } else {
        x = at(previous, d - 1, k - 1) + 1;
      }
      let y = x - k;
      while (x < n && y < m && a.charCodeAt(x) === b.charCodeAt(y)) {
        x += 1;
        y += 1;
      }
      current[k + d] = x;
      if (x >= n && y >= m) {
        furthest.push(current);
        return backtrack(furthest, n, m);
      }
    }
    furthest.push(current);
    previous = current;
  }
  return null;
}

function at(values: Int32Array, d: number, k: number): number {
  return values[k + d] ?? 0;
}

function backtrack(furthest: Int32Array[], n: number, m: number): Step[] {
  const steps: Step[] = [];
  let x = n;
  let y = m;
  for (let d = furthest.length - 1; d > 0; d -= 1) {
    const previous = furthest[d - 1] ?? new Int32Array(0);
    const k = x - y;
    const down = k === -d || (k !== d && at(previous, d - 1, k - 1) < at(previous, d - 1, k + 1));
    const previousK = down ? k + 1 : k - 1;
    const previousX = at(previous, d - 1, previousK);
    const previousY = previousX - previousK;
    steps.push(
      down
        ? { kind: 'insert', x: previousX, y: previousY }
        : { kind: 'delete', x: previousX, y: previousY },
    );
    x = previousX;
    y = previousY;
  }
  return steps.reverse();
}

function joinSteps(steps: Step[], b: string): TextEdit[] {
  const edits: TextEdit[] = [];
  let open: TextEdit | undefined;
  for (const step of steps) {
    if (!open || step.x !== open.to) {
      open = { from: step.x, to: step.x, insert: '' };
      edits.push(open);
    }
    if (step.kind === 'delete') open.to += 1;
    else open.insert += b.charAt(step.y);
  }
  return edits;
}
