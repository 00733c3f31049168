// The text of a string item (`<si>` of the shared strings, `<is>` of an inline string):
// its `<t>` elements, plain or in rich-text runs, without the phonetic guides (`<rPh>`)
// a Japanese or Chinese Excel adds over the characters.
import { unescapeOoxml } from './xmlStream.js';

export class RichText {
  private readonly parts: string[] = [];
  private inText = false;
  private phonetic = 0;

  open(name: string): void {
    if (name === 'rPh') this.phonetic++;
    else if (name === 't') this.inText = this.phonetic === 0;
  }

  close(name: string): void {
    if (name === 'rPh') this.phonetic--;
    else if (name === 't') this.inText = false;
  }

  append(text: string): void {
    if (this.inText) this.parts.push(text);
  }

  text(): string {
    return unescapeOoxml(this.parts.join(''));
  }
}
