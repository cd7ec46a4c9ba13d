import type { Book } from '@book/model';

/**
 * A small Book for unit tests and for end-to-end checks before dist/endocrine-system.json exists. Typed as Book
 * so it cannot drift from the schema. The text is chosen for hard shaping: reph (हार्मोन, कार्य), pre-base ि
 * (ग्रंथि, क्रिया), conjuncts (क्ष, त्र, द्व, ज्ञ, स्र, ष्ट्र), nukta, anusvara, chandrabindu and Latin glosses.
 */
export const fixtureBook: Book = {
  schemaVersion: 1,
  meta: {
    id: 'endocrine-system',
    identifier: 'urn:uuid:6f0c2a8e-3b1d-4c52-9a7e-0d8b5e4f1a27',
    title: 'अंतःस्रावी तंत्र',
    subtitle: 'मानव शरीर की हार्मोन ग्रंथियाँ — एक अध्ययन पुस्तिका',
    titleEn: 'The Endocrine System',
    language: 'hi',
    edition: '1',
    author: 'हिंदी अध्ययन पुस्तिका संपादक मंडल',
    publisher: 'हिंदी अध्ययन पुस्तिकाएँ',
    license: 'CC BY-SA 4.0',
    source: { title: 'हिंदी विकिपीडिया — अंतःस्रावी तंत्र', url: 'https://hi.wikipedia.org/wiki/x' },
    ui: {
      contents: 'विषय-सूची', page: 'पृष्ठ', glossary: 'शब्दावली', chapter: 'अध्याय', hormones: 'हार्मोन', disorders: 'विकार',
      hormone: 'हार्मोन', disorder: 'विकार', part: 'भाग', effect: 'प्रभाव', regulation: 'नियंत्रण', location: 'स्थिति',
      signs: 'लक्षण', hyper: 'अतिक्रिया', hypo: 'अल्पक्रिया', other: 'अन्य', editorial: 'संपादकीय जोड़', cover: 'आवरण',
      source: 'स्रोत', term: 'शब्द', madeIn: 'बनने का स्थान', releasedFrom: 'संग्रह और स्राव', regulatedBy: 'नियंत्रक हार्मोन', cause: 'कारण', textbook: 'पाठ्यपुस्तकों में', gland: 'ग्रंथि',
    },
    modified: '2026-11-28T00:00:00Z',
  },
  chapters: [
    {
      id: 'overview',
      file: 'overview.md',
      title: 'अंतःस्रावी तंत्र का परिचय',
      titleEn: 'Introduction',
      glands: [],
      terms: [{ id: 'hormone', name: { hi: 'हार्मोन', en: 'Hormone' }, from: 'source' }],
      blocks: [
        {
          type: 'paragraph',
          id: 'overview/p1',
          editorial: false,
          sentences: [
            { id: 'overview/p1/s1', runs: [{ text: 'अंतःस्रावी तंत्र छोटे अंगों की एक एकीकृत प्रणाली है जिससे ' }, { text: 'हार्मोन', strong: true }, { text: ' का स्राव होता है।' }] },
            { id: 'overview/p1/s2', runs: [{ text: 'ये ग्रंथियाँ शरीर के चयापचय, विकास, यौवन, ऊतक क्रियाओं और चित्त के लिए उत्तरदायी हैं- इसी कारण इनका अध्ययन आवश्यक है।' }] },
            { id: 'overview/p1/s3', runs: [{ text: 'क्षति, त्रुटि, द्वार, ज्ञान, राष्ट्रीय, कार्य, श्रृंखला और ड्रिंक जैसे शब्दों में संयुक्ताक्षर बनते हैं।' }] },
          ],
        },
        { type: 'heading', id: 'overview/h1', depth: 2, runs: [{ text: 'मुख्य ग्रंथियाँ' }] },
        {
          type: 'list',
          id: 'overview/l1',
          editorial: false,
          ordered: true,
          items: [
            { id: 'overview/l1/i1', runs: [{ text: 'पीयूषिका', strong: true, href: '#pituitary' }, { text: ' (Pituitary)', lang: 'en' }] },
            { id: 'overview/l1/i2', runs: [{ text: 'अवटुका', strong: true }, { text: ' (Thyroid)', lang: 'en' }] },
          ],
        },
        {
          type: 'paragraph',
          id: 'overview/p2',
          editorial: true,
          sentences: [{ id: 'overview/p2/s1', runs: [{ text: 'संपादकों ने यह वाक्य जोड़ा है ताकि पाठक ग्रंथियों की सूची याद रख सकें।' }] }],
        },
      ],
    },
    {
      id: 'pituitary',
      file: 'pituitary.md',
      title: 'पीयूषिका ग्रंथि',
      titleEn: 'The pituitary gland',
      terms: [],
      glands: [
        {
          id: 'pituitary-gland',
          name: { hi: 'पीयूषिका ग्रंथि', en: 'Pituitary gland' }, from: 'source',
          location: { hi: 'मस्तिष्क के निचले भाग में।', en: 'At the base of the brain.', from: 'source' },
          parts: [{ id: 'anterior-lobe', name: { hi: 'अग्रिम खंडिका', en: 'Anterior lobe' }, from: 'source' }],
          hormones: [
            {
              id: 'gh',
              name: { hi: 'वर्धक हार्मोन', en: 'Growth hormone' }, from: 'source',
              abbr: 'GH',
              part: 'anterior-lobe',
              effect: { hi: 'शरीर की वृद्धि को प्रेरित करता है।', en: 'Stimulates growth.', from: 'source' },
            },
            {
              id: 'tsh',
              name: { hi: 'अवटुकापोषक हार्मोन', en: 'Thyroid-stimulating hormone' }, from: 'source',
              abbr: 'TSH',
              part: 'anterior-lobe',
              effect: { hi: 'अवटुका से थायरॉक्सिन का स्राव बढ़ाता है।', en: 'Raises thyroxine release.', from: 'source' },
            },
          ],
          disorders: [
            {
              id: 'gigantism',
              name: { hi: 'दीर्घकायता', en: 'Gigantism' }, from: 'source',
              kind: 'hyper',
              of: 'gh',
              cause: { hi: 'वृद्धिकाल में ग्रंथि की अतिक्रिया।', en: 'Overactivity during growth.', from: 'source' },
              signs: [{ hi: 'शरीर की अतिवृद्धि', from: 'source' }, { hi: 'लंबे हाथ-पैर', from: 'source' }],
            },
            { id: 'dwarfism', name: { hi: 'बौनापन', en: 'Dwarfism' }, from: 'source', kind: 'hypo', of: 'gh', signs: [{ hi: 'वृद्धि रुक जाना', from: 'source' }] },
          ],
        },
      ],
      blocks: [
        {
          type: 'paragraph',
          id: 'pituitary/p1',
          editorial: false,
          sentences: [
            { id: 'pituitary/p1/s1', runs: [{ text: 'मनुष्य के शरीर में यह एक मटर के समान ग्रंथि मस्तिष्क के अग्र भाग से लटकती रहती है।' }] },
            { id: 'pituitary/p1/s2', runs: [{ text: 'इसमें तीन भाग हैं: ' }, { text: 'अग्रिम', strong: true }, { text: ', ' }, { text: 'मध्य', strong: true }, { text: ' और ' }, { text: 'पश्च', strong: true }, { text: ' खंडिकाएँ।' }] },
          ],
        },
        { type: 'heading', id: 'pituitary/h1', depth: 2, runs: [{ text: 'अग्रिम खंडिका के हार्मोन' }] },
        { type: 'heading', id: 'pituitary/h2', depth: 3, runs: [{ text: 'वर्धक हार्मोन' }] },
        {
          type: 'table',
          id: 'pituitary/t1',
          editorial: false,
          header: [[{ text: 'हार्मोन' }], [{ text: 'कार्य' }]],
          rows: [
            [[{ text: 'वर्धक' }], [{ text: 'हड्डियों की वृद्धि' }]],
            [[{ text: 'प्रोलैक्टिन' }], [{ text: 'दुग्ध स्राव' }]],
          ],
        },
      ],
    },
  ],
  glossary: [
    { id: 'hormone', kind: 'term', name: { hi: 'हार्मोन', en: 'Hormone' }, from: 'source', chapter: 'overview', uses: [{ chapter: 'overview', block: 'overview/p1' }] },
    { id: 'pituitary-gland', kind: 'gland', name: { hi: 'पीयूषिका ग्रंथि', en: 'Pituitary gland' }, from: 'source', chapter: 'pituitary', uses: [] },
  ],
  errata: [],
};
