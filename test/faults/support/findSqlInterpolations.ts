import ts from 'typescript';

/** One interpolated or concatenated part of an SQL string. */
export interface SqlHole {
  /** The expression as written. */
  text: string;
  /**
   * `constant` (a literal, or a const / `as const` value with a literal type), `fixed map`
   * (a lookup in a const object whose values are all constants), `fixed list` (a local
   * array that only ever receives constants, joined with a constant), `number` (cannot carry
   * SQL syntax), `allow-listed` (reviewed, with the reason) or `dynamic` (a violation).
   */
  kind: 'constant' | 'fixed map' | 'fixed list' | 'number' | 'allow-listed' | 'dynamic';
  reason?: string;
}

/** An SQL sink (`prepare`, `exec`, `pragma` on a better-sqlite3 Database, or a wrapper call). */
export interface SqlSite {
  file: string;
  line: number;
  call: string;
  holes: SqlHole[];
}

/** A reviewed interpolation: in `file`, an expression written exactly as `expression`. */
export interface SqlAllowance {
  file: string;
  expression: string;
  reason: string;
}

const sinkMethods = new Set(['prepare', 'exec', 'pragma']);

/**
 * Every SQL sink in `program`'s files for which `inScope` holds, with the parts of its SQL
 * that are not string literals (none for plain literal SQL). SQL reaching a sink through a function parameter makes
 * that function a wrapper, whose callers are checked instead.
 */
export function findSqlInterpolations(
  program: ts.Program,
  inScope: (fileName: string) => boolean,
  allowances: readonly SqlAllowance[],
  relative: (fileName: string) => string = (fileName) => fileName,
): SqlSite[] {
  const checker = program.getTypeChecker();
  const files = program.getSourceFiles().filter((file) => inScope(file.fileName));
  /** Wrapper function declarations → the index of their SQL parameter. */
  const wrappers = new Map<ts.Node, number>();

  const isDatabase = (expression: ts.Expression): boolean => {
    const type = checker.getTypeAtLocation(expression);
    const name = (type.getSymbol() ?? type.aliasSymbol)?.getName();
    return name === 'Database';
  };
  const declarationOf = (node: ts.Node): ts.Declaration | undefined => {
    let symbol = checker.getSymbolAtLocation(node);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    return symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  };
  const sqlArgumentIndex = (call: ts.CallExpression): number | undefined => {
    const callee = call.expression;
    if (
      ts.isPropertyAccessExpression(callee) &&
      sinkMethods.has(callee.name.text) &&
      isDatabase(callee.expression)
    )
      return 0;
    let declaration: ts.Node | undefined = declarationOf(
      ts.isPropertyAccessExpression(callee) ? callee.name : callee,
    );
    // `const run = (sql) => …`: the function is the initializer.
    if (
      declaration &&
      (ts.isVariableDeclaration(declaration) || ts.isPropertyDeclaration(declaration))
    )
      declaration = declaration.initializer;
    return declaration ? wrappers.get(declaration) : undefined;
  };

  // Find wrappers until no new one appears.
  for (let changed = true; changed;) {
    changed = false;
    for (const file of files) {
      const visit = (node: ts.Node): void => {
        if (ts.isCallExpression(node)) {
          const index = sqlArgumentIndex(node);
          const argument = index === undefined ? undefined : node.arguments[index];
          if (argument && ts.isIdentifier(argument)) {
            const declaration = declarationOf(argument);
            if (declaration && ts.isParameter(declaration)) {
              const owner = declaration.parent;
              if (!wrappers.has(owner)) {
                wrappers.set(owner, owner.parameters.indexOf(declaration));
                changed = true;
              }
            }
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
    }
  }

  const unwrap = (node: ts.Expression): ts.Expression => {
    let current = node;
    while (
      ts.isParenthesizedExpression(current) ||
      ts.isAsExpression(current) ||
      ts.isSatisfiesExpression(current) ||
      ts.isTypeAssertionExpression(current)
    )
      current = current.expression;
    return current;
  };
  const constInitializer = (node: ts.Node): ts.Expression | undefined => {
    const declaration = declarationOf(node);
    if (
      declaration &&
      ts.isVariableDeclaration(declaration) &&
      declaration.initializer &&
      ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const
    )
      return unwrap(declaration.initializer);
    return undefined;
  };
  const isLiteralType = (type: ts.Type): boolean =>
    type.isUnion()
      ? type.types.every(isLiteralType)
      : type.isStringLiteral() ||
        type.isNumberLiteral() ||
        (type.flags & ts.TypeFlags.BooleanLiteral) !== 0;

  /** Why a value interpolated into SQL is safe, or 'dynamic'. */
  const classifyValue = (node: ts.Expression, depth = 0): SqlHole['kind'] => {
    const expression = unwrap(node);
    if (depth > 8) return 'dynamic';
    if (
      ts.isStringLiteral(expression) ||
      ts.isNoSubstitutionTemplateLiteral(expression) ||
      ts.isNumericLiteral(expression)
    )
      return 'constant';
    const type = checker.getTypeAtLocation(expression);
    if (isLiteralType(type)) return 'constant';
    if (ts.isTemplateExpression(expression))
      return expression.templateSpans.every(
        (span) => classifyValue(span.expression, depth + 1) !== 'dynamic',
      )
        ? 'constant'
        : 'dynamic';
    if (
      ts.isBinaryExpression(expression) &&
      expression.operatorToken.kind === ts.SyntaxKind.PlusToken
    )
      return classifyValue(expression.left, depth + 1) !== 'dynamic' &&
        classifyValue(expression.right, depth + 1) !== 'dynamic'
        ? 'constant'
        : 'dynamic';
    if (ts.isConditionalExpression(expression))
      return classifyValue(expression.whenTrue, depth + 1) !== 'dynamic' &&
        classifyValue(expression.whenFalse, depth + 1) !== 'dynamic'
        ? 'constant'
        : 'dynamic';
    if (ts.isIdentifier(expression)) {
      const initializer = constInitializer(expression);
      if (initializer && classifyValue(initializer, depth + 1) !== 'dynamic') return 'constant';
    }
    if (ts.isElementAccessExpression(expression)) {
      const map = constInitializer(expression.expression);
      if (
        map &&
        ts.isObjectLiteralExpression(map) &&
        map.properties.every(
          (property) =>
            ts.isPropertyAssignment(property) &&
            classifyValue(property.initializer, depth + 1) !== 'dynamic',
        )
      )
        return 'fixed map';
    }
    if (
      ts.isCallExpression(expression) &&
      ts.isPropertyAccessExpression(expression.expression) &&
      expression.expression.name.text === 'join' &&
      expression.arguments.every((argument) => classifyValue(argument, depth + 1) !== 'dynamic') &&
      isFixedList(expression.expression.expression, depth)
    )
      return 'fixed list';
    if (type.flags & (ts.TypeFlags.Number | ts.TypeFlags.NumberLiteral | ts.TypeFlags.BigInt))
      return 'number';
    return 'dynamic';
  };

  /**
   * A local `const list = [constants…]` that is only ever `push`ed constants, and otherwise
   * only read (`.join`, `.length`): joining it gives fixed text.
   */
  const isFixedList = (node: ts.Expression, depth: number): boolean => {
    if (!ts.isIdentifier(node)) return false;
    const declaration = declarationOf(node);
    const initializer = constInitializer(node);
    if (!declaration || !initializer || !ts.isArrayLiteralExpression(initializer)) return false;
    if (!initializer.elements.every((element) => classifyValue(element, depth + 1) !== 'dynamic'))
      return false;
    const scope = ts.findAncestor(
      declaration,
      (ancestor) => ts.isFunctionLike(ancestor) || ts.isSourceFile(ancestor),
    );
    if (!scope) return false;
    let fixed = true;
    const visit = (child: ts.Node): void => {
      if (!fixed) return;
      if (
        ts.isIdentifier(child) &&
        child !== node &&
        declarationOf(child) === declaration &&
        child.parent !== declaration
      ) {
        const access = child.parent;
        const method =
          ts.isPropertyAccessExpression(access) && access.expression === child
            ? access.name.text
            : undefined;
        if (method === 'push' && ts.isCallExpression(access.parent)) {
          if (
            !access.parent.arguments.every(
              (argument) => classifyValue(argument, depth + 1) !== 'dynamic',
            )
          )
            fixed = false;
        } else if (method !== 'join' && method !== 'length') fixed = false;
      }
      ts.forEachChild(child, visit);
    };
    visit(scope);
    return fixed;
  };

  /** The holes of an SQL-valued expression (its literal text is fine). */
  const holesOf = (node: ts.Expression, file: ts.SourceFile, depth = 0): SqlHole[] => {
    const expression = unwrap(node);
    const hole = (part: ts.Expression): SqlHole[] => {
      const text = part.getText(file);
      const kind = classifyValue(part);
      if (kind !== 'dynamic') return [{ text, kind }];
      const inner = unwrap(part);
      // A dynamic template or choice: report its own parts, not the whole of it.
      if (
        ts.isTemplateExpression(inner) ||
        ts.isConditionalExpression(inner) ||
        ts.isBinaryExpression(inner)
      )
        return holesOf(inner, file, depth + 1);
      const allowance = allowances.find(
        (entry) => relative(file.fileName) === entry.file && entry.expression === text,
      );
      return [
        allowance
          ? { text, kind: 'allow-listed', reason: allowance.reason }
          : { text, kind: 'dynamic' },
      ];
    };
    if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return [];
    if (ts.isTemplateExpression(expression))
      return expression.templateSpans.flatMap((span) => hole(span.expression));
    if (
      ts.isBinaryExpression(expression) &&
      expression.operatorToken.kind === ts.SyntaxKind.PlusToken
    )
      return [
        ...holesOf(expression.left, file, depth + 1),
        ...holesOf(expression.right, file, depth + 1),
      ];
    if (ts.isConditionalExpression(expression))
      return [
        ...holesOf(expression.whenTrue, file, depth + 1),
        ...holesOf(expression.whenFalse, file, depth + 1),
      ];
    if (ts.isIdentifier(expression) && depth < 8) {
      const declaration = declarationOf(expression);
      if (declaration && ts.isParameter(declaration) && wrappers.has(declaration.parent)) return [];
      const initializer = constInitializer(expression);
      if (initializer) return holesOf(initializer, file, depth + 1);
    }
    return hole(expression);
  };

  const sites: SqlSite[] = [];
  for (const file of files) {
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const index = sqlArgumentIndex(node);
        const argument = index === undefined ? undefined : node.arguments[index];
        if (argument) {
          const holes = holesOf(argument, file);
          sites.push({
            file: relative(file.fileName),
            line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1,
            call: node.expression.getText(file),
            holes,
          });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return sites;
}
