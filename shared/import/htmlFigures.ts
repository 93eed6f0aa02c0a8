import type { BodyBuilder } from './bodyBuilder';
import type { ImportedImage } from './importedArticle';

interface OpenFigure {
  images: { image: ImportedImage; alt: string }[];
  caption: string;
  credit: string;
}

/** A credit at the end of a caption ("… Фото: Иван Петров"), when it is not marked up. */
const creditPattern = /(?:^|\s)((?:Фото|Photo|Credit|Иллюстрация|Источник|Image|©)\s*:?\s*\S.*)$/u;

/**
 * Collects `<figure>` elements while HTML is walked: their embedded images, caption and
 * credit arrive piece by piece and become figure nodes when the element closes.
 */
export class HtmlFigures {
  private readonly open: OpenFigure[] = [];

  constructor(private readonly builder: BodyBuilder) {}

  /** True inside a `<figure>`. */
  get isOpen(): boolean {
    return this.open.length > 0;
  }

  /** A `<figure>` starts. */
  start(): void {
    this.builder.closeTextBlock();
    this.open.push({ images: [], caption: '', credit: '' });
  }

  /** An embedded image: part of the open figure, or a figure of its own (titled by `title`). */
  addImage(image: ImportedImage, alt: string, title: string): void {
    const figure = this.open.at(-1);
    if (figure) figure.images.push({ image, alt: collapse(alt) });
    else
      this.builder.addFigure({ image, alt: collapse(alt), caption: collapse(title), credit: '' });
  }

  /** Text of the open figure's `<figcaption>`. */
  appendCaption(text: string): void {
    const figure = this.open.at(-1);
    if (figure) figure.caption += text;
  }

  /** Text of the credit line inside the open figure's caption. */
  appendCredit(text: string): void {
    const figure = this.open.at(-1);
    if (figure) figure.credit += text;
  }

  /** The `<figure>` closes: its images become figures, the first one carrying the caption. */
  end(): void {
    const figure = this.open.pop();
    if (!figure) return;
    if (figure.images.length === 0) {
      // The picture was remote and is gone; its caption is still article text.
      const words = collapse(`${figure.caption} ${figure.credit}`);
      if (words) this.builder.addLooseParagraph(words);
      return;
    }
    let caption = collapse(figure.caption);
    let credit = collapse(figure.credit);
    const found = credit ? null : creditPattern.exec(caption);
    if (found?.[1]) {
      credit = found[1].trim();
      caption = caption.slice(0, found.index).trim();
    }
    figure.images.forEach(({ image, alt }, index) => {
      const first = index === 0;
      this.builder.addFigure({
        image,
        alt,
        caption: first ? caption : '',
        credit: first ? credit : '',
      });
    });
  }
}

function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}
