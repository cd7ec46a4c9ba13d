import { bookFacts, factCells } from '@book/facts-view';
import type { Book } from '@book/model';

/** A small Book in the shape of the real one: two chapters, conjunct-heavy Hindi, an editorial paragraph. */
export const fixtureBook: Book = {
  schemaVersion: 1,
  meta: {
    id: 'endocrine-system',
    identifier: 'urn:uuid:6f0c2a8e-3b1d-4c52-9a7e-0d8b5e4f1a27',
    title: 'अंतःस्रावी तंत्र',
    titleEn: 'The Endocrine System',
    language: 'hi',
    edition: '1',
    author: 'संपादक मंडल',
    publisher: 'हिंदी अध्ययन पुस्तिकाएँ',
    license: 'CC BY-SA 4.0',
    modified: '2026-11-28T00:00:00Z',
    ui: {
      contents: 'विषय-सूची', page: 'पृष्ठ', glossary: 'शब्दावली', chapter: 'अध्याय', hormones: 'हार्मोन',
      disorders: 'विकार', hormone: 'हार्मोन', disorder: 'विकार', part: 'भाग', effect: 'प्रभाव', regulation: 'नियंत्रण',
      location: 'स्थिति', signs: 'लक्षण', hyper: 'अतिक्रिया', hypo: 'अल्पक्रिया', other: 'अन्य',
      editorial: 'संपादकीय जोड़', cover: 'आवरण', source: 'स्रोत', term: 'शब्द', madeIn: 'बनने का स्थान', releasedFrom: 'संग्रह और स्राव', regulatedBy: 'नियंत्रक हार्मोन', cause: 'कारण', textbook: 'पाठ्यपुस्तकों में', gland: 'ग्रंथि',
    },
  },
  chapters: [
    {
      id: 'overview',
      file: 'overview.md',
      title: 'परिचय',
      titleEn: 'Overview',
      glands: [],
      terms: [{ id: 'endocrine-gland', name: { hi: 'अंतःस्रावी ग्रंथि', en: 'Endocrine gland' }, from: 'source' }],
      blocks: [
        { type: 'heading', id: 'overview/h1', depth: 2, runs: [{ text: 'अंतःस्रावी ग्रंथियाँ' }] },
        {
          type: 'paragraph',
          id: 'overview/p1',
          editorial: false,
          sentences: [
            {
              id: 'overview/p1/s1',
              runs: [
                { text: 'जिन ग्रंथियों का स्राव सीधे रक्त में जाता है उन्हें ' },
                { text: 'अंतःस्रावी ग्रंथि', strong: true },
                { text: ' (' },
                { text: 'endocrine gland', lang: 'en', emphasis: true },
                { text: ') कहते हैं।' },
              ],
            },
            { id: 'overview/p1/s2', runs: [{ text: 'इनके स्राव को हार्मोन कहते हैं।' }] },
          ],
        },
      ],
    },
    {
      id: 'pituitary',
      file: 'pituitary.md',
      title: 'पीयूषिका ग्रंथि',
      titleEn: 'The pituitary gland',
      glands: [
        {
          id: 'pituitary-gland',
          name: { hi: 'पीयूषिका ग्रंथि', en: 'Pituitary gland' }, from: 'source',
          location: { hi: 'मस्तिष्क के निचले भाग में।', en: 'At the base of the brain.', from: 'source' },
          parts: [
            { id: 'anterior-lobe', name: { hi: 'अग्रिम खंडिका', en: 'Anterior lobe' }, from: 'source' },
            { id: 'posterior-lobe', name: { hi: 'पश्च खंडिका', en: 'Posterior lobe' }, from: 'source' },
          ],
          hormones: [
            {
              id: 'gh',
              name: { hi: 'वर्धक हार्मोन', en: 'Growth hormone' }, from: 'source',
              abbr: 'GH',
              part: 'anterior-lobe',
              effect: { hi: 'शरीर की वृद्धि को बढ़ाता है।', en: 'Promotes body growth.', from: 'source' },
            },
            {
              id: 'vasopressin',
              name: { hi: 'वैसोप्रेसिन', en: 'Vasopressin' }, from: 'source',
              abbr: 'ADH',
              part: 'posterior-lobe',
              effect: { hi: 'रक्तवाहिनियों को संकुचित करता है।', from: 'source' },
            },
          ],
          disorders: [
            {
              id: 'gigantism',
              name: { hi: 'दीर्घकायता', en: 'Gigantism' }, from: 'source',
              kind: 'hyper',
              of: 'pituitary-gland',
              signs: [{ hi: 'शरीर की अतिवृद्धि', from: 'source' }],
            },
            {
              id: 'simmonds',
              name: { hi: 'साइमंड्स का रोग', en: "Simmonds' disease" }, from: 'source',
              kind: 'hypo',
              of: 'anterior-lobe',
              cause: { hi: 'पूर्व खंडिका की क्रिया का अत्यंत ह्रास।', from: 'source' },
              signs: [{ hi: 'रोगी का कृश हो जाना', from: 'source' }],
            },
            {
              id: 'cushing',
              name: { hi: 'कुशिंग का रोग', en: "Cushing's disease" }, from: 'source',
              kind: 'other',
              of: 'anterior-lobe',
              signs: [{ hi: 'मोटापा', from: 'source' }],
            },
          ],
        },
      ],
      terms: [],
      blocks: [
        {
          type: 'paragraph',
          id: 'pituitary/p1',
          editorial: false,
          sentences: [
            {
              id: 'pituitary/p1/s1',
              runs: [
                { text: 'इसमें तीन भाग हैं- ' },
                { text: 'अग्रिम', strong: true },
                { text: ', ' },
                { text: 'मध्य', strong: true },
                { text: ' और ' },
                { text: 'पश्च', strong: true },
                { text: ' खंडिकाएँ।' },
              ],
            },
          ],
        },
        {
          type: 'paragraph',
          id: 'pituitary/p2',
          editorial: true,
          sentences: [
            {
              id: 'pituitary/p2/s1',
              runs: [
                { text: 'आज इसे ' },
                { text: 'वैसोप्रेसिन', strong: true },
                { text: ' कहते हैं।' },
              ],
            },
          ],
        },
        {
          type: 'list',
          id: 'pituitary/l1',
          editorial: false,
          ordered: false,
          items: [{ id: 'pituitary/l1/i1', runs: [{ text: 'वर्धक', strong: true }] }],
        },
      ],
    },
  ],
  glossary: [],
  errata: [],
};

/** The page map the PDF build would write for the fixture. */
export const fixturePageMap = {
  schemaVersion: 1,
  pdf: 'endocrine-system.pdf',
  pageCount: 9,
  chapters: { overview: 3, pituitary: 5 },
  blocks: { 'overview/p1': 3, 'overview/p1/s1': 3, 'overview/p1/s2': 3, 'pituitary/p1': 5, 'pituitary/p1/s1': 5, 'pituitary/p2/s1': 6 },
  glossary: {},
  sentences: { 'pituitary/p1/s1': [5, 6] },
  // Facts follow the chapter's prose: every fact of the fixture on page 7.
  facts: Object.fromEntries(bookFacts(fixtureBook).flatMap((c) => c.glands.flatMap(factCells)).map((cell) => [cell.id, 7])),
  terms: {},
};
