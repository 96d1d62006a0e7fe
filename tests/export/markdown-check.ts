/** Independent checks of Markdown lines, for the export tests (CommonMark + GFM + common extensions). */

/** The block a line's content would open at the start of a line, or null for a plain paragraph line. */
export function blockStart(content: string): string | null {
  if (/^(?: {4}|\t| {1,3}\t)/.test(content)) return 'indented code';
  const s = content.replace(/^ {0,3}/, '');
  const rules: Array<[RegExp, string]> = [
    [/^#{1,6}(?:[ \t]|$)/, 'heading'],
    [/^[-+*](?:[ \t]|$)/, 'bullet list'],
    [/^\d{1,9}[.)](?:[ \t]|$)/, 'ordered list'],
    [/^>/, 'block quote'],
    [/^</, 'HTML'],
    [/^(?:`{3,}|~{3,})/, 'code fence'],
    [/^(?:=+|-+)[ \t]*$/, 'setext underline'],
    [/^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/, 'thematic break'],
    [/^\[[^\]]*\]:/, 'link reference definition'],
    [/^\|/, 'table'],
    [/^\$\$/, 'math block'],
    [/^:[ \t]/, 'definition'],
  ];
  for (const [re, name] of rules) if (re.test(s)) return name;
  return null;
}

/** Markdown-active characters (and entity references) that no backslash escapes. */
export function unescapedInline(content: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < content.length; i++) {
    const c = content[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if ('`*_[]<|~$#'.includes(c)) found.push(c);
    else if (c === '&' && /^&#?[A-Za-z0-9]+;/.test(content.slice(i))) found.push('&entity;');
    else if (c === '%' && content[i + 1] === '%') found.push('%%');
  }
  return found;
}

/** What a CommonMark renderer shows for backslash escapes: the escaped ASCII punctuation itself. */
export function unescape(content: string): string {
  return content.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}
