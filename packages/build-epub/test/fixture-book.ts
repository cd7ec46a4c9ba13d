import type { Book } from '@book/model';

/**
 * A small Book in the shape of the real one: conjunct-heavy Hindi, headings of every depth, an editorial paragraph
 * and list, a table block, links, English glosses, glands with hormones and disorders, and a glossary with uses.
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
    date: '2026-11-28',
    author: 'हिंदी अध्ययन पुस्तिका संपादक मंडल',
    publisher: 'हिंदी अध्ययन पुस्तिकाएँ',
    license: 'CC BY-SA 4.0',
    source: { title: 'हिंदी विकिपीडिया — अंतःस्रावी तंत्र', url: 'https://hi.wikipedia.org/wiki/अंतःस्रावी_तंत्र' },
    description: 'मानव अंतःस्रावी तंत्र की मुख्य ग्रंथियों, उनके हार्मोनों और विकारों का सचित्र अध्ययन।',
    modified: '2026-11-28T06:30:00Z',
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
            { id: 'overview/p1/s2', runs: [{ text: 'इनके स्राव को हार्मोन कहते हैं, जो रक्त द्वारा शरीर में फैलते हैं।' }] },
          ],
        },
        { type: 'heading', id: 'overview/h1', depth: 2, runs: [{ text: 'मुख्य ग्रंथियाँ' }] },
        {
          type: 'list',
          id: 'overview/l1',
          editorial: false,
          ordered: false,
          items: [
            { id: 'overview/l1/i1', runs: [{ text: 'पीयूषिका ग्रंथि', href: '#pituitary' }] },
            { id: 'overview/l1/i2', runs: [{ text: 'अवटुका ग्रंथि', strong: true }, { text: ' (' }, { text: 'thyroid', lang: 'en' }, { text: ')' }] },
            { id: 'overview/l1/i3', runs: [{ text: 'अधिवृक्क ग्रंथियाँ' }] },
          ],
        },
        { type: 'heading', id: 'overview/h2', depth: 3, runs: [{ text: 'ग्रंथियों की तुलना' }] },
        {
          type: 'table',
          id: 'overview/t1',
          editorial: false,
          header: [[{ text: 'ग्रंथि' }], [{ text: 'स्थान' }]],
          rows: [
            [[{ text: 'पीयूषिका' }], [{ text: 'मस्तिष्क के नीचे' }]],
            [[{ text: 'अवटुका' }], [{ text: 'गले में श्वासनाल पर' }]],
          ],
        },
        { type: 'heading', id: 'overview/h3', depth: 4, runs: [{ text: 'स्राव की मात्रा' }] },
        {
          type: 'paragraph',
          id: 'overview/p2',
          editorial: true,
          sentences: [
            {
              id: 'overview/p2/s1',
              runs: [{ text: 'अतिक्रिया', strong: true }, { text: ' का अर्थ है ग्रंथि का आवश्यकता से अधिक स्राव करना।' }],
            },
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
          location: { hi: 'मस्तिष्क के निचले भाग में, एक वृंत द्वारा जुड़ी हुई।', en: 'At the base of the brain.', from: 'source' },
          parts: [
            { id: 'anterior-lobe', name: { hi: 'अग्रिम खंडिका', en: 'Anterior lobe' }, from: 'source' },
            { id: 'posterior-lobe', name: { hi: 'पश्च खंडिका', en: 'Posterior lobe' }, from: 'source' },
          ],
          hormones: [
            {
              id: 'tsh',
              name: { hi: 'अवटुकापोषक हार्मोन', en: 'Thyroid-stimulating hormone' }, from: 'source',
              abbr: 'TSH',
              part: 'anterior-lobe',
              effect: { hi: 'अवटुका ग्रंथि से थाइरॉक्सीन के स्राव को नियंत्रित करता है।', en: 'Controls thyroxine release.', from: 'source' },
            },
            {
              id: 'vasopressin',
              name: { hi: 'वैसोप्रेसिन', en: 'Vasopressin' }, from: 'source',
              abbr: 'ADH',
              part: 'posterior-lobe',
              effect: { hi: 'वृक्क में जल के पुनःशोषण को बढ़ाता है।', from: 'source' },
              regulation: { hi: 'रक्त की सांद्रता बढ़ने पर स्राव बढ़ता है।', from: 'source' },
            },
          ],
          disorders: [
            {
              id: 'gigantism',
              name: { hi: 'महाकायता', en: 'Gigantism' }, from: 'source',
              kind: 'hyper',
              of: 'anterior-lobe',
              cause: { hi: 'बचपन में वर्धक हार्मोन का अधिक स्राव।', from: 'source' },
              signs: [{ hi: 'शरीर का असाधारण रूप से लंबा होना', from: 'source' }, { hi: 'हड्डियों का बढ़ना', from: 'source' }],
            },
            {
              id: 'diabetes-insipidus',
              name: { hi: 'उदकमेह', en: 'Diabetes insipidus' }, from: 'source',
              kind: 'hypo',
              of: 'vasopressin',
              signs: [{ hi: 'बार-बार अधिक मूत्र आना', from: 'source' }, { hi: 'प्यास लगना', from: 'source' }],
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
                { text: 'पीयूषिका ग्रंथि', strong: true },
                { text: ' मस्तिष्क के निचले भाग में रहती है और दूसरी ग्रंथियों का नियंत्रण करती है।' },
              ],
            },
          ],
        },
        { type: 'heading', id: 'pituitary/h1', depth: 2, runs: [{ text: 'अग्रिम खंडिका के हार्मोन' }] },
        {
          type: 'paragraph',
          id: 'pituitary/p2',
          editorial: false,
          sentences: [
            {
              id: 'pituitary/p2/s1',
              runs: [
                { text: 'अवटुकापोषक हार्मोन', strong: true },
                { text: ' (' },
                { text: 'TSH', lang: 'en' },
                { text: ') ' },
                { text: 'अवटुका', href: '#overview/l1' },
                { text: ' के स्राव को नियंत्रित करता है।' },
              ],
            },
            {
              id: 'pituitary/p2/s2',
              runs: [{ text: 'इसकी अतिक्रिया से ' }, { text: 'महाकायता', strong: true }, { text: ' होती है।' }],
            },
          ],
        },
        {
          type: 'list',
          id: 'pituitary/l1',
          editorial: true,
          ordered: true,
          items: [
            { id: 'pituitary/l1/i1', runs: [{ text: 'ल्यूटीनाकरक' }] },
            { id: 'pituitary/l1/i2', runs: [{ text: 'अधिवृक्क-प्रांतस्था-पोषक', strong: true }] },
          ],
        },
      ],
    },
  ],
  glossary: [
    {
      id: 'endocrine-gland',
      kind: 'term',
      from: 'source',
      name: { hi: 'अंतःस्रावी ग्रंथि', en: 'Endocrine gland' },
      chapter: 'overview',
      uses: [{ chapter: 'overview', block: 'overview/p1' }],
    },
    {
      id: 'pituitary-gland',
      kind: 'gland',
      from: 'source',
      name: { hi: 'पीयूषिका ग्रंथि', en: 'Pituitary gland' },
      chapter: 'pituitary',
      uses: [
        { chapter: 'overview', block: 'overview/l1' },
        { chapter: 'pituitary', block: 'pituitary/p1' },
      ],
    },
    {
      id: 'tsh',
      kind: 'hormone',
      from: 'source',
      name: { hi: 'अवटुकापोषक हार्मोन', en: 'Thyroid-stimulating hormone' },
      chapter: 'pituitary',
      uses: [{ chapter: 'pituitary', block: 'pituitary/p2' }],
    },
    {
      id: 'gigantism',
      kind: 'disorder',
      from: 'source',
      name: { hi: 'महाकायता', en: 'Gigantism' },
      chapter: 'pituitary',
      uses: [
        { chapter: 'pituitary', block: 'pituitary/p2' },
        { chapter: 'pituitary', block: 'pituitary/h1' },
      ],
    },
  ],
  errata: [],
};
