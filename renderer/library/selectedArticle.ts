/**
 * The open article lives in the URL fragment beside the token (`#token=…&article=…`),
 * so a reload reopens it.
 */
export function readSelectedArticleId(): string | null {
  return new URLSearchParams(window.location.hash.slice(1)).get('article');
}

export function writeSelectedArticleId(id: string | null): void {
  const params = new URLSearchParams(window.location.hash.slice(1));
  if (id) params.set('article', id);
  else params.delete('article');
  history.replaceState(null, '', `#${params.toString()}`);
}
