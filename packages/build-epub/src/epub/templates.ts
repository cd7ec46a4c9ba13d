/**
 * The four EJS templates handed to epub-gen-memory in place of its defaults. They read the normalised options plus
 * the fields this package adds: `meta` (see package-metadata.ts), `nav` (serialised nav body), `tocTree` (for the
 * NCX) and, per chapter, `body` (serialised XHTML, written as-is so Devanagari stays UTF-8) and `itemId`.
 */

const XHTML_HEAD = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="<%= lang %>" lang="<%= lang %>">
<head>
<meta charset="UTF-8" />
<title><%= title %></title>
<link rel="stylesheet" type="text/css" href="style.css" />
</head>
`;

export const chapterXHTML = `${XHTML_HEAD}<body>
<%- body %>
</body>
</html>
`;

export const tocXHTML = XHTML_HEAD.replace('<%= title %>', '<%= meta.ui.contents %>') + `<body>
<%- nav %>
</body>
</html>
`;

export const tocNCX = `<?xml version="1.0" encoding="UTF-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="<%= lang %>">
<head>
<meta name="dtb:uid" content="<%= meta.identifier %>" />
<meta name="dtb:depth" content="<%= meta.tocDepth %>" />
<meta name="dtb:totalPageCount" content="0" />
<meta name="dtb:maxPageNumber" content="0" />
</head>
<docTitle><text><%= title %></text></docTitle>
<docAuthor><text><%= meta.author %></text></docAuthor>
<navMap>
<%_ let order = 0; function navPoint(entry) { order += 1; _%>
<navPoint id="navpoint-<%= order %>" playOrder="<%= order %>"><navLabel><text><%= entry.label %></text></navLabel><content src="<%= entry.href %>" />
<%_ entry.children.forEach(navPoint); _%>
</navPoint>
<%_ } tocTree.slice(0, 1).forEach(navPoint); navPoint({ label: meta.ui.contents, href: 'toc.xhtml', children: [] }); tocTree.slice(1).forEach(navPoint); _%>
</navMap>
</ncx>
`;

export const contentOPF = `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="pub-id" xml:lang="<%= lang %>" dir="ltr">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="pub-id"><%= meta.identifier %></dc:identifier>
<dc:title id="title"><%= title %></dc:title>
<meta refines="#title" property="title-type">main</meta>
<%_ if (meta.subtitle) { _%>
<dc:title id="subtitle"><%= meta.subtitle %></dc:title>
<meta refines="#subtitle" property="title-type">subtitle</meta>
<%_ } _%>
<dc:language><%= lang %></dc:language>
<dc:creator id="creator"><%= meta.author %></dc:creator>
<dc:publisher><%= meta.publisher %></dc:publisher>
<dc:date><%= meta.date %></dc:date>
<dc:rights><%= meta.license %></dc:rights>
<%_ if (meta.description) { _%>
<dc:description><%= meta.description %></dc:description>
<%_ } _%>
<%_ if (meta.source) { _%>
<dc:source><%= meta.source %></dc:source>
<%_ } _%>
<meta property="dcterms:modified"><%= meta.modified %></meta>
<meta name="cover" content="cover-image" />
<meta property="schema:accessMode">textual</meta>
<meta property="schema:accessMode">visual</meta>
<meta property="schema:accessModeSufficient">textual</meta>
<meta property="schema:accessibilityFeature">structuralNavigation</meta>
<meta property="schema:accessibilityFeature">tableOfContents</meta>
<meta property="schema:accessibilityFeature">readingOrder</meta>
<meta property="schema:accessibilityFeature">displayTransformability</meta>
<meta property="schema:accessibilityHazard">none</meta>
<meta property="schema:accessibilitySummary" xml:lang="en"><%= meta.accessibilitySummary %></meta>
<meta property="dcterms:conformsTo">EPUB Accessibility 1.1 - WCAG 2.1 Level AA</meta>
</metadata>
<manifest>
<item id="nav" href="toc.xhtml" media-type="application/xhtml+xml" properties="nav" />
<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml" />
<item id="css" href="style.css" media-type="text/css" />
<item id="cover-image" href="<%= meta.coverImage %>" media-type="image/png" properties="cover-image" />
<%_ fonts.forEach(function (font, index) { _%>
<item id="font-<%= index %>" href="fonts/<%= font.filename %>" media-type="<%= font.mediaType %>" />
<%_ }) _%>
<%_ content.forEach(function (item) { _%>
<item id="<%= item.itemId %>" href="<%= item.filename %>" media-type="application/xhtml+xml"<% if (item.properties) { %> properties="<%= item.properties %>"<% } %> />
<%_ }) _%>
</manifest>
<spine toc="ncx">
<%_ content.filter(function (item) { return item.beforeToc; }).forEach(function (item) { _%>
<itemref idref="<%= item.itemId %>" />
<%_ }) _%>
<itemref idref="nav" />
<%_ content.filter(function (item) { return !item.beforeToc; }).forEach(function (item) { _%>
<itemref idref="<%= item.itemId %>" />
<%_ }) _%>
</spine>
</package>
`;
