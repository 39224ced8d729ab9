/**
 * The path of a data file inside an installed package (CC-CEDICT in `hanzi`, jieba's dictionary), found at run
 * time. Written so that the app's bundler leaves it alone: it would replace `require.resolve('…')` with a
 * module id (and refuse a .txt file), while the vocabulary pass runs inside the app too (the import page).
 */
export function packageFile(specifier: string): string {
  const { createRequire } = process.getBuiltinModule('node:module');
  return createRequire(import.meta.url).resolve(specifier);
}
