/**
 * Just enough XML for the parts we patch or sniff (start tags and their attributes). The parts come
 * from exceljs or from Excel, both of which write well-formed, namespace-prefixed-or-not XML.
 */

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Decodes the five named entities and numeric character references. */
export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    if (ref.startsWith("#x")) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return ENTITIES[ref] ?? whole;
  });
}

/** Escapes text for a double-quoted attribute, keeping line breaks and tabs as character references. */
export function escapeXmlAttribute(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;")
    .replace(/\t/g, "&#9;");
}

/** The attributes of one start tag (`<x:cfRule a="1" b='2'>`), names without their namespace prefix. */
export function xmlAttributes(startTag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let match: RegExpExecArray | null;
  while ((match = re.exec(startTag)) !== null) {
    const name = match[1].includes(":") && !match[1].startsWith("xmlns") ? match[1].split(":")[1] : match[1];
    out[name] = decodeXmlText(match[2] ?? match[3] ?? "");
  }
  return out;
}
