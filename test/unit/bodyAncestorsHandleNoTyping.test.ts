import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/galleyServer';

// React's listeners pass over the body's typing (`renderer/editor/typingSkipsReact.ts`), so a
// key or input handler on a component the body is rendered inside would never see it.
describe('the components the body editor is rendered inside', () => {
  it('handle no key or input event but the article onKeyDown for the headline and lede', () => {
    const ancestors = [
      'renderer/App.tsx',
      'renderer/startApp.tsx',
      'renderer/editor/ArticleEditor.tsx',
      'renderer/editor/BodyEditor.tsx',
    ];
    const handler = /\bon(KeyDown|KeyPress|KeyUp|BeforeInput|Input)(Capture)?=/g;
    const found = ancestors.flatMap((file) =>
      [...fs.readFileSync(path.join(projectRoot, file), 'utf8').matchAll(handler)].map(
        (match) => `${file} ${match[0]}`,
      ),
    );
    expect(found).toEqual(['renderer/editor/ArticleEditor.tsx onKeyDown=']);
  });
});
