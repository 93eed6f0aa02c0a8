/**
 * The articles in an order where each comes after the articles it links to («Другие
 * новости») that are in the same batch, so their addresses on the site are known when its
 * links are written. Otherwise the order asked for is kept; a cycle is cut where it closes.
 */
export function orderRelatedFirst(
  ids: readonly string[],
  relatedOf: (id: string) => readonly string[],
): string[] {
  const inBatch = new Set(ids);
  const placed = new Set<string>();
  const visiting = new Set<string>();
  const order: string[] = [];
  const visit = (id: string): void => {
    if (placed.has(id) || visiting.has(id)) return;
    visiting.add(id);
    for (const related of relatedOf(id)) if (inBatch.has(related)) visit(related);
    visiting.delete(id);
    placed.add(id);
    order.push(id);
  };
  for (const id of ids) visit(id);
  return order;
}
