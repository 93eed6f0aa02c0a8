/** English interface strings; `ru.ts` must have the same keys. */
export const en = {
  app: {
    title: 'Galley',
    interfaceLanguage: 'Interface language',
  },
  library: {
    heading: 'Library',
    newArticle: 'New article',
    untitled: 'Untitled',
    empty: 'No articles yet.',
    loading: 'Loading…',
    loadFailed: 'Could not load the library: {{message}}',
    count_one: '{{count}} article',
    count_other: '{{count}} articles',
  },
  status: {
    draft: 'Draft',
    editing: 'Editing',
    'fact-check': 'Fact-check',
    ready: 'Ready',
    published: 'Published',
  },
  editor: {
    headline: 'Headline',
    lede: 'Lede',
    rubric: 'Rubric',
    body: 'Article text',
    placeholderHeadline: 'Headline',
    placeholderLede: 'The standfirst under the headline',
    noSelection: 'Choose an article in the library or create a new one.',
    loading: 'Opening the article…',
    loadFailed: 'Could not open the article: {{message}}',
    delete: 'Delete',
    confirmDelete: 'Delete this article for good?',
    confirmYes: 'Delete',
    confirmNo: 'Keep',
    slug: 'Slug: {{slug}}',
  },
  save: {
    saved: 'Saved',
    saving: 'Saving…',
    failed: 'Not saved: {{message}}',
    retry: 'Retry',
    conflict: 'Changed elsewhere: reload to see the newer version',
    reload: 'Reload',
  },
};

export type Messages = typeof en;
