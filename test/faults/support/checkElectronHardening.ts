import ts from 'typescript';

/** One hardening rule and whether the sources keep it. */
export interface HardeningCheck {
  name: string;
  ok: boolean;
  detail: string;
}

export interface SourceText {
  file: string;
  text: string;
}

const requiredPreferences: Record<string, boolean> = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
};
const forbiddenPreferences: Record<string, boolean> = {
  nodeIntegrationInWorker: true,
  nodeIntegrationInSubFrames: true,
  webviewTag: true,
  webSecurity: false,
  allowRunningInsecureContent: true,
  experimentalFeatures: true,
};
const externalSchemes = new Set(['http:', 'https:', 'mailto:']);

/**
 * Reads Electron main-process sources with the TypeScript parser and checks the hardening
 * rules: window preferences, navigation and new-window handlers, permissions, and a
 * scheme allow-list in front of every `shell.openExternal`.
 */
export function checkElectronHardening(sources: readonly SourceText[]): HardeningCheck[] {
  const parsed = sources.map((source) => ({
    file: source.file,
    tree: ts.createSourceFile(source.file, source.text, ts.ScriptTarget.Latest, true),
  }));
  const all = <T extends ts.Node>(test: (node: ts.Node) => node is T) =>
    parsed.flatMap(({ file, tree }) => {
      const found: Array<{ file: string; tree: ts.SourceFile; node: T }> = [];
      const visit = (node: ts.Node): void => {
        if (test(node)) found.push({ file, tree, node });
        ts.forEachChild(node, visit);
      };
      visit(tree);
      return found;
    });
  const where = (item: { file: string; tree: ts.SourceFile; node: ts.Node }) =>
    `${item.file}:${item.tree.getLineAndCharacterOfPosition(item.node.getStart(item.tree)).line + 1}`;
  const property = (object: ts.ObjectLiteralExpression, name: string) =>
    object.properties.find(
      (candidate): candidate is ts.PropertyAssignment =>
        ts.isPropertyAssignment(candidate) && candidate.name.getText() === name,
    );
  const literalValue = (node: ts.Expression | undefined): boolean | undefined =>
    node?.kind === ts.SyntaxKind.TrueKeyword
      ? true
      : node?.kind === ts.SyntaxKind.FalseKeyword
        ? false
        : undefined;
  const calls = all(ts.isCallExpression);
  const eventHandlers = (event: string) =>
    calls.filter(
      ({ node }) =>
        ts.isPropertyAccessExpression(node.expression) &&
        ['on', 'once'].includes(node.expression.name.text) &&
        node.arguments[0] !== undefined &&
        ts.isStringLiteralLike(node.arguments[0]) &&
        node.arguments[0].text === event,
    );
  const methodCalls = (method: string) =>
    calls.filter(
      ({ node }) =>
        ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === method,
    );
  const checks: HardeningCheck[] = [];

  // Windows (and views) with their web preferences.
  const windows = all(ts.isNewExpression).filter(({ node }) =>
    /(^|\.)(BrowserWindow|BrowserView|WebContentsView)$/.test(node.expression.getText()),
  );
  const windowProblems: string[] = [];
  for (const window of windows) {
    const options = window.node.arguments?.[0];
    const preferences =
      options && ts.isObjectLiteralExpression(options)
        ? property(options, 'webPreferences')
        : undefined;
    if (!preferences || !ts.isObjectLiteralExpression(preferences.initializer)) {
      windowProblems.push(
        `${where(window)}: webPreferences is not written out as an object literal`,
      );
      continue;
    }
    const object = preferences.initializer;
    for (const [name, expected] of Object.entries(requiredPreferences)) {
      const value = literalValue(property(object, name)?.initializer);
      if (value !== expected)
        windowProblems.push(`${where(window)}: ${name} is not ${String(expected)}`);
    }
    for (const [name, bad] of Object.entries(forbiddenPreferences)) {
      const value = property(object, name)?.initializer;
      if (value && literalValue(value) !== !bad)
        windowProblems.push(`${where(window)}: ${name} is ${value.getText()}`);
    }
    if (property(object, 'enableBlinkFeatures'))
      windowProblems.push(`${where(window)}: enableBlinkFeatures is set`);
  }
  checks.push({
    name: 'every window: sandbox, contextIsolation, no nodeIntegration',
    ok: windows.length > 0 && windowProblems.length === 0,
    detail:
      windows.length === 0
        ? 'no new BrowserWindow found'
        : windowProblems.join('; ') || `${windows.length} window(s)`,
  });

  const preventsDefault = (node: ts.Node | undefined) =>
    node !== undefined && /\.preventDefault\(\)/.test(node.getText());
  for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
    const handlers = eventHandlers(event);
    checks.push({
      name: `${event} is prevented`,
      ok: handlers.length > 0 && handlers.every(({ node }) => preventsDefault(node.arguments[1])),
      detail: handlers.length ? handlers.map(where).join(', ') : 'no handler',
    });
  }

  const openHandlers = methodCalls('setWindowOpenHandler');
  checks.push({
    name: 'setWindowOpenHandler denies new windows',
    ok:
      openHandlers.length > 0 &&
      openHandlers.every(({ node }) => {
        const text = node.arguments[0]?.getText() ?? '';
        return /action:\s*['"]deny['"]/.test(text) && !/action:\s*['"]allow['"]/.test(text);
      }),
    detail: openHandlers.length ? openHandlers.map(where).join(', ') : 'no setWindowOpenHandler',
  });

  const permissionHandlers = methodCalls('setPermissionRequestHandler');
  checks.push({
    name: 'setPermissionRequestHandler denies',
    ok:
      permissionHandlers.length > 0 &&
      permissionHandlers.every(({ node }) => {
        const handler = node.arguments[0];
        if (!handler || !(ts.isArrowFunction(handler) || ts.isFunctionExpression(handler)))
          return false;
        const callback = handler.parameters[2]?.name.getText();
        const body = handler.body.getText();
        return (
          callback !== undefined &&
          body.includes(`${callback}(false)`) &&
          !body.includes(`${callback}(true)`)
        );
      }),
    detail: permissionHandlers.length
      ? permissionHandlers.map(where).join(', ')
      : 'no setPermissionRequestHandler',
  });

  // Every shell.openExternal sits under an `if` on a Set/array of http(s)/mailto schemes.
  const allowLists = new Map<string, string[]>();
  for (const { node } of all(ts.isVariableDeclaration)) {
    const initializer = node.initializer;
    const elements =
      initializer && ts.isNewExpression(initializer) && initializer.expression.getText() === 'Set'
        ? initializer.arguments?.[0]
        : initializer;
    if (
      elements &&
      ts.isArrayLiteralExpression(elements) &&
      elements.elements.every(ts.isStringLiteralLike)
    )
      allowLists.set(
        node.name.getText(),
        elements.elements.map((element) => (element as ts.StringLiteralLike).text),
      );
  }
  const opens = methodCalls('openExternal');
  const unguarded = opens.filter(({ node }) => {
    let child: ts.Node = node;
    for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
      const condition =
        ts.isIfStatement(parent) && parent.thenStatement === child
          ? parent.expression
          : ts.isBinaryExpression(parent) &&
              parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
              parent.right === child
            ? parent.left
            : undefined;
      if (!condition) continue;
      const names = [...condition.getText().matchAll(/[A-Za-z_$][\w$]*/g)].map((match) => match[0]);
      if (
        names.some((name) => allowLists.get(name)?.every((scheme) => externalSchemes.has(scheme)))
      )
        return false;
    }
    return true;
  });
  checks.push({
    name: 'shell.openExternal only behind an http(s)/mailto allow-list',
    ok: unguarded.length === 0,
    detail:
      opens.length === 0
        ? 'no openExternal call'
        : unguarded.map(where).join(', ') || `${opens.length} guarded call(s)`,
  });
  return checks;
}
