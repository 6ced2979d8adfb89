/**
 * A letter as a Word document a caseworker can print and sign, made with the
 * maintained `docx` library (pure JS): one paragraph per line of the
 * rendered text, in Times New Roman 14 pt as Russian official letters are
 * usually set (Word's Times New Roman has Cyrillic), with A4 margins. The
 * addressee block, the first lines before the title, sits on the right.
 */
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';

const FONT = 'Times New Roman';
/** Half-points: 14 pt. */
const SIZE = 28;
/** A4 in twentieths of a point, with 2 cm margins (3 cm on the left for binding). */
const PAGE = { width: 11906, height: 16838 };
const CM = 567;

/** The DOCX bytes of a rendered letter. */
export async function letterDocx(text: string): Promise<Uint8Array> {
  const lines = text.replace(/\n+$/, '').split('\n');
  // The addressee and applicant block: the lines before the first blank line.
  const head = lines.findIndex((l) => l.trim() === '');
  const paragraphs = lines.map(
    (line, i) =>
      new Paragraph({
        alignment: head > 0 && i < head ? AlignmentType.RIGHT : AlignmentType.LEFT,
        spacing: { after: 60 },
        children: [new TextRun({ text: line, font: FONT, size: SIZE })],
      }),
  );
  const doc = new Document({
    creator: 'objector',
    sections: [
      {
        properties: {
          page: {
            size: PAGE,
            margin: { top: 2 * CM, bottom: 2 * CM, left: 3 * CM, right: 1.5 * CM },
          },
        },
        children: paragraphs,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
