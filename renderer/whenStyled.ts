/**
 * Resolves once the document is parsed (#root exists) and every stylesheet it links has loaded or
 * failed. The entry runs as an async module, which, unlike a deferred one, does not wait for the
 * page's stylesheets: the interface waits for them here instead, so it never lays out unstyled
 * (the list measures its scroller on its first render).
 */
export async function whenStyled(): Promise<void> {
  if (document.readyState === 'loading')
    await new Promise((resolve) =>
      document.addEventListener('DOMContentLoaded', resolve, { once: true }),
    );
  const pending = [...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')].filter(
    (link) => !link.sheet,
  );
  await Promise.all(
    pending.map(
      (link) =>
        new Promise((resolve) => {
          link.addEventListener('load', resolve, { once: true });
          link.addEventListener('error', resolve, { once: true });
        }),
    ),
  );
}
