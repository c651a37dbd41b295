// Which files a glob pattern of a setting names, read as VS Code reads `newsAnnotator.articleFiles`
// when it opens a file: against the file's whole path, so that `**/seeds/*.txt` names the articles
// of a workspace folder that is itself called `seeds`. A search of the workspace (which matches
// globs against paths within a folder) finds the candidates; this says which of them are meant.

/** The regular expression of a glob: `**` any number of folders, `*` and `?` within a name, `{a,b}`, `[a-z]`. */
function globSource(pattern: string): string {
  let out = '';
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      const slashAfter = pattern[i + 2] === '/';
      // `**/` is any folders, itself included; `**` elsewhere is anything.
      out += slashAfter ? '(?:[^/]*/)*' : '.*';
      i += slashAfter ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) out += '|';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close < 0) out += '\\[';
      else {
        const inside = pattern.slice(i + 1, close).replace(/\\/g, '\\\\');
        out += `[${inside.startsWith('!') ? `^${inside.slice(1)}` : inside}]`;
        i = close;
      }
    } else out += /[.+^$()|\\\]]/.test(c) ? `\\${c}` : c;
  }
  return out;
}

/**
 * Whether a file is named by `pattern`: a pattern without a slash is matched against the file's
 * name, one with a slash against the end of its path, from the start of a folder's name
 * (`/work/seeds/a.txt` for `**\/seeds/*.txt` or `seeds/*.txt`).
 */
export function globMatcher(pattern: string): (path: string) => boolean {
  const trimmed = pattern.replace(/^\.\//, '');
  if (!trimmed.includes('/')) {
    const name = new RegExp(`^${globSource(trimmed)}$`);
    return (path) => name.test(path.slice(path.lastIndexOf('/') + 1));
  }
  const whole = new RegExp(`(?:^|/)${globSource(trimmed.replace(/^\//, ''))}$`);
  return (path) => whole.test(path);
}

/**
 * The pattern of a search that finds every file `pattern` may name, whatever the folders above
 * it: `**` and the pattern's last name (`**\/*.txt` for `**\/seeds/*.txt`).
 */
export function candidatesGlob(pattern: string): string {
  const last = pattern.slice(pattern.lastIndexOf('/') + 1);
  return `**/${last === '**' || last === '' ? '*' : last}`;
}
