/** A write the library refuses by its rules: a stale version, a taken slug, a forbidden move. */
export class ArticleRuleError extends Error {
  constructor(
    readonly kind: 'conflict' | 'invalid',
    message: string,
  ) {
    super(message);
    this.name = 'ArticleRuleError';
  }
}

/** A save based on an older version than the one stored. */
export class ArticleConflictError extends ArticleRuleError {
  constructor(
    readonly storedVersion: number,
    readonly baseVersion: number,
  ) {
    super(
      'conflict',
      `The article changed elsewhere (version ${storedVersion}) since this edit began (version ${baseVersion}). Reload it to see the newer text.`,
    );
    this.name = 'ArticleConflictError';
  }
}
