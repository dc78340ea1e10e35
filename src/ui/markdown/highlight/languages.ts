import type { LanguageRules } from './code-scanner.js';

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

export const javascriptRules: LanguageRules = {
  lineComment: '//',
  blockComment: ['/*', '*/'],
  quotes: ['`', '"', "'"],
  multiLineQuotes: ['`'],
  keywords: words(`
    async await break case catch class const continue debugger default delete do else export
    extends finally for from function if import in instanceof let new of return static super
    switch this throw try typeof var void while with yield as type interface enum implements`),
  literals: words('true false null undefined NaN Infinity'),
};

export const pythonRules: LanguageRules = {
  lineComment: '#',
  quotes: ['"""', "'''", '"', "'"],
  multiLineQuotes: ['"""', "'''"],
  keywords: words(`
    and as assert async await break class continue def del elif else except finally for from
    global if import in is lambda nonlocal not or pass raise return try while with yield match case`),
  literals: words('True False None'),
  stringPrefix: /^(?:[rRbBuUfF]|[rR][bBfF]|[bBfF][rR])$/,
  decorators: true,
};
