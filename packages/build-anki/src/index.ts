export { buildAnki, type BuildOptions, type BuildResult } from './build.js';
export { parsePageMap, type PageMap } from './deck/pagemap.js';
export { parseLedger, emptyLedger, ledgerJson, type Ledger } from './deck/ledger.js';
export { validateApkg, checkApkg, type Problem } from './validate/rules.js';
export { openApkg, type OpenedApkg } from './validate/read.js';
export { previewPage } from './preview/page.js';
