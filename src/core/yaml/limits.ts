// What a YAML file may ask of a reader, whoever reads it: past these limits a file is refused with
// a message rather than read.

/**
 * How deeply collections may nest. A fact file needs four levels and a knowledge base five; the
 * parser's recursion would overflow the stack somewhere under a thousand, and an overflow inside
 * V8's regular-expression compiler ends the whole process instead of throwing.
 */
export const MAX_YAML_DEPTH = 64;
/** How many nodes aliases may expand to (the `yaml` package's `maxAliasCount`). */
export const MAX_YAML_ALIAS_COUNT = 100;
