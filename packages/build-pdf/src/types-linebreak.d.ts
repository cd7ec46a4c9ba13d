declare module 'linebreak' {
  /** UAX #14 line breaking (https://github.com/foliojs/linebreak). */
  export default class LineBreaker {
    constructor(text: string);
    /** The next break opportunity: `position` is the UTF-16 index the next line would start at. */
    nextBreak(): { position: number; required: boolean } | null;
  }
}
