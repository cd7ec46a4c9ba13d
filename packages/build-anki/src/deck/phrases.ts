/** The Hindi question patterns of Fact notes. Names are inserted as given; every pattern reads for either gender. */
export const phrases = {
  location: (gland: string) => `${gland} कहाँ स्थित है?`,
  madeBy: (hormone: string, inPart: boolean) =>
    inPart ? `${hormone} किस ग्रंथि के किस भाग में बनता है?` : `${hormone} किस ग्रंथि में बनता है?`,
  effect: (hormone: string) => `${hormone} का क्या प्रभाव है?`,
  /** `activity` is book.meta.ui.hyper or .hypo (e.g. अतिक्रिया). */
  dysfunction: (of: string, activity: string) => `${of} की ${activity} से कौन-सा विकार होता है?`,
};
