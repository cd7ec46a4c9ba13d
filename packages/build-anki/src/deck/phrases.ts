/**
 * Every Hindi sentence pattern the deck writes itself, in one place. Hormones are masculine (हार्मोन), so their
 * verbs are बनता/होता; a gland or part whose name is plural (लैंगरहैंस की द्वीपिकाएँ) takes हैं.
 * phrases.test.ts runs each pattern over every gland, hormone and disorder of the real content.
 */
export interface Named {
  hi: string;
  plural?: boolean;
}

export const phrases = {
  location: (gland: Named) => `${gland.hi} कहाँ स्थित ${gland.plural ? 'हैं' : 'है'}?`,
  madeBy: (hormone: string, inPart: boolean) =>
    inPart ? `${hormone} किस ग्रंथि के किस भाग में बनता है?` : `${hormone} किस ग्रंथि में बनता है?`,
  /** A hormone made in one gland and released from another (oxytocin: hypothalamus → posterior pituitary). */
  madeElsewhere: (hormone: string) => `${hormone} कहाँ बनता है, और किस ग्रंथि के किस भाग से इसका स्राव होता है?`,
  effect: (hormone: string) => `${hormone} का क्या प्रभाव है?`,
  /**
   * "अवटुका की अतिक्रिया से …", "थाइरॉक्सीन की कमी से …"; one disorder or several. `kindWord` is the word the
   * facts tables print for the disorder's kind (disorderKindWord in @book/facts-view).
   */
  dysfunction: (of: Named, kindWord: string, disorders: number) =>
    `${of.hi} की ${kindWord} से ${disorders > 1 ? 'कौन-से विकार होते हैं' : 'कौन-सा विकार होता है'}?`,
  /** Asked instead of `dysfunction` when the disorder is named after its cause (बहिस्था की अतिक्रिया). */
  signs: (disorder: Named) => `${oblique(disorder.hi)} में कौन-से लक्षण होते हैं?`,
};

/** A name before a postposition: "X का Y" becomes "X के Y" (कुशिंग का रोग → कुशिंग के रोग में). */
export function oblique(name: string): string {
  return name.replace(/ का (\S+)$/u, ' के $1');
}
