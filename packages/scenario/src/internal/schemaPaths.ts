/**
 * Reading the scenario schema's structure at run time: which keys a mapping accepts, which schema a dotted path
 * leads to, and what a field expects in plain words. Used for error messages, key suggestions and overrides.
 */
import { SchemaAST as AST } from "effect";
import { ExpectedId } from "./fields.js";

/** The mapping (struct) behind an AST, looking through refinements, transformations and lazy schemas. */
export const structOf = (ast: AST.AST): AST.TypeLiteral | undefined => {
  switch (ast._tag) {
    case "TypeLiteral":
      return ast;
    case "Refinement":
    case "Transformation":
      // Transformations here are defaults; their encoded side is what files contain.
      return structOf(ast.from);
    case "Suspend":
      return structOf(ast.f());
    case "Union": {
      // A word or a mapping (initialHeadcount: auto | { ... }): paths lead into the mapping.
      const structs = ast.types.map(structOf).filter((s) => s !== undefined);
      return structs.length === 1 && ast.types.every((t) => t._tag === "Literal" || structOf(t) !== undefined)
        ? structs[0]
        : undefined;
    }
    default:
      return undefined;
  }
};

/** Keys a struct accepts, in schema order (empty for records and non-structs). */
export const keysOf = (ast: AST.AST): ReadonlyArray<string> =>
  structOf(ast)?.propertySignatures.map((p) => String(p.name)) ?? [];

/** The schema of the field at `path` (struct keys only), or undefined if there is no such field. */
export const fieldAt = (root: AST.AST, path: ReadonlyArray<string>): AST.AST | undefined => {
  let ast: AST.AST | undefined = root;
  for (const key of path) {
    const property: AST.PropertySignature | undefined =
      ast === undefined ? undefined : structOf(ast)?.propertySignatures.find((p) => p.name === key);
    ast = property?.type;
  }
  return ast;
};

/** Every dotted path into nested structs (sections and fields), in schema order. */
export const allPaths = (root: AST.AST, prefix = ""): ReadonlyArray<string> =>
  (structOf(root)?.propertySignatures ?? []).flatMap((p) => {
    const path = prefix === "" ? String(p.name) : `${prefix}.${String(p.name)}`;
    return [path, ...allPaths(p.type, path)];
  });

const literalText = (ast: AST.AST): string | undefined =>
  ast._tag === "Literal" ? JSON.stringify(ast.literal) : undefined;

/** What a schema expects, in plain words ("a positive number of seconds up to 7,200", "a mapping"). */
export const expectedOf = (ast: AST.AST): string => {
  const annotated = ast.annotations[ExpectedId];
  if (typeof annotated === "string") return annotated;
  switch (ast._tag) {
    case "Refinement":
    case "Transformation":
      return expectedOf(ast.from);
    case "Suspend":
      return expectedOf(ast.f());
    case "TypeLiteral":
      return ast.indexSignatures.length > 0 ? "a mapping of keys to values" : "a mapping of settings (indented keys)";
    case "TupleType":
      return "a list";
    case "Literal":
      return literalText(ast) ?? "a fixed value";
    case "Union": {
      const literals = ast.types.map(literalText);
      return literals.every((l) => l !== undefined)
        ? `one of ${literals.join(", ")}`
        : ast.types.map(expectedOf).join(" or ");
    }
    case "NumberKeyword":
      return "a number";
    case "StringKeyword":
      return "text";
    case "BooleanKeyword":
      return "true or false";
    default:
      return "a valid value";
  }
};
