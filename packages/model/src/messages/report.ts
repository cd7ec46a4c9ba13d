import type { VFile } from 'vfile';
import type { Point, Position } from 'unist';
import { catalogue, SOURCE, type RuleId } from './catalogue.js';

export type Place = Point | Position | undefined;

/** Record a fatal content problem on `file`: `what` says what is wrong; the catalogue adds what to do. */
export function fail(file: VFile, rule: RuleId, what: string, place: Place): void {
  const message = file.message(`${what}. ${catalogue[rule]}`, { place, ruleId: rule, source: SOURCE });
  message.fatal = true;
}

/** Record a warning: the build goes on, but the author should look. */
export function warn(file: VFile, rule: RuleId, what: string, place: Place): void {
  const message = file.message(`${what}. ${catalogue[rule]}`, { place, ruleId: rule, source: SOURCE });
  message.fatal = false;
}

export function hasErrors(files: readonly VFile[]): boolean {
  return files.some((file) => file.messages.some((message) => message.fatal));
}
