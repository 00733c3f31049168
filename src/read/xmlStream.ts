// Streaming XML for the workbook parser's .xlsx parts. saxes is strict and expands only
// the five predefined entities and character references (no DTD entities, so no entity
// bombs); a part that is not well-formed throws, and the caller falls back to SheetJS.
// Element and attribute names are given without their namespace prefix: writers such as
// the Open XML SDK spell cells `<x:c>`, Excel spells them `<c>`.
import { SaxesParser } from 'saxes';

export type XmlAttributes = Record<string, string>;

export interface XmlHandlers {
  open(name: string, attributes: XmlAttributes): void;
  close(name: string): void;
  text(text: string): void;
}

/** A streaming parse: chunks of a UTF-8 part in, handler calls out, as each chunk arrives. */
export class XmlFeeder {
  private readonly parser = new SaxesParser({ position: false });
  private readonly utf8 = new TextDecoder('utf-8', { fatal: true });

  constructor(handlers: XmlHandlers) {
    const parser = this.parser;
    parser.on('opentag', (tag) => {
      const name = localName(tag.name);
      // without xmlns processing an attribute is its plain string value
      handlers.open(name, withLocalNames(tag.attributes as XmlAttributes));
      if (tag.isSelfClosing) handlers.close(name);
    });
    // saxes reports a self-closing tag's end too; it was closed above
    parser.on('closetag', (tag) => {
      if (!tag.isSelfClosing) handlers.close(localName(tag.name));
    });
    parser.on('text', (t) => handlers.text(t));
    parser.on('cdata', (t) => handlers.text(t));
  }

  write(chunk: Buffer): void {
    this.parser.write(this.utf8.decode(chunk, { stream: true }));
  }

  /** The part has ended: throws if it was cut short. */
  close(): void {
    this.parser.write(this.utf8.decode()).close();
  }
}

/** An element's text with OOXML's `_xHHHH_` escapes (control characters, Excel's own) undone. */
export function unescapeOoxml(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/** Attributes by their local names; an element with no prefixed attribute (a cell's r, t, s) keeps its own, uncopied. */
function withLocalNames(attributes: XmlAttributes): XmlAttributes {
  const keys = Object.keys(attributes);
  for (let i = 0; i < keys.length; i++) {
    if (keys[i].includes(':')) return Object.fromEntries(keys.map((k) => [localName(k), attributes[k]]));
  }
  return attributes;
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}
