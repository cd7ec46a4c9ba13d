export { createRebuilder, type RebuildReport, type RebuilderOptions, type Rebuild } from './rebuilder.js';
export { startDev, type DevServer } from './dev-server.js';
export { watchContent, isContentFile, type ContentWatcher } from './watch-content.js';
export { reportLine } from './report-line.js';
export { builders, builder, allOutputNames, modelOutputs, type BuilderName } from './builders.js';
