// Lays a brief (brief-spec.ts) out as an A4 PDF with jsPDF: real text in embedded Noto Sans (selectable, accents
// and "−" intact), charts as vectors through svg2pdf.js, a footer with title, source, data year, method, the
// illustrative-data label and the page's link on every page, and page numbers. Loaded only when a PDF is asked for.
import type { jsPDF } from 'jspdf';
import type { svg2pdf as svg2pdfType } from 'svg2pdf.js';
import type { BriefBlock, BriefChart, BriefSpec, BriefTable } from './brief-spec';
import { inLightTheme, inlinedClone } from './inline-styles';
import { addPdfFonts, PDF_FONT } from './pdf-fonts';
import { intlLocale } from '@/lib/i18n/format';

const PAGE = { width: 210, height: 297 };
const MARGIN = 15;
const COLUMN = PAGE.width - 2 * MARGIN;
const PT = 0.3528; // millimetres in a point
const INK = '#1a2233';
const MUTED = '#4b5563';
const RULE = '#c9d1dc';
const FOOT_SIZE = 6.5;

const lineHeight = (size: number) => size * PT * 1.3;

export async function renderBrief(spec: BriefSpec): Promise<Blob> {
  const [{ jsPDF: JsPdf }, { svg2pdf }] = await Promise.all([import('jspdf'), import('svg2pdf.js')]);
  const doc = new JsPdf({ unit: 'mm', format: 'a4', compress: true });
  doc.setProperties({ title: spec.title, subject: spec.subtitle, creator: spec.footer[0] ?? '' });
  doc.setLanguage(intlLocale(spec.lang));
  await addPdfFonts(doc);
  const layout = new Layout(doc, spec);
  layout.text(spec.title, 16, 'bold', INK);
  layout.text(spec.subtitle, 10, 'normal', MUTED);
  layout.gap(3);
  for (const block of spec.blocks) await layout.block(block, svg2pdf);
  layout.finish();
  return doc.output('blob');
}

type Svg2Pdf = typeof svg2pdfType;

class Layout {
  private y = MARGIN;
  private readonly bottom: number;

  constructor(
    private readonly doc: jsPDF,
    private readonly spec: BriefSpec,
  ) {
    this.bottom = PAGE.height - MARGIN - this.footerHeight() - 4;
  }

  private footerLines(): string[] {
    this.doc.setFont(PDF_FONT, 'normal').setFontSize(FOOT_SIZE);
    return [this.spec.title, ...this.spec.footer].flatMap(
      (line) => this.doc.splitTextToSize(line, COLUMN - 22) as string[],
    );
  }

  private footerHeight(): number {
    return this.footerLines().length * lineHeight(FOOT_SIZE);
  }

  gap(mm: number) {
    this.y += mm;
  }

  /** Starts a new page when `height` does not fit on this one. */
  private room(height: number) {
    if (this.y + height <= this.bottom) return;
    this.doc.addPage('a4', 'portrait');
    this.y = MARGIN;
  }

  text(text: string, size: number, weight: 'normal' | 'bold', color: string, width = COLUMN, x = MARGIN) {
    this.doc.setFont(PDF_FONT, weight).setFontSize(size).setTextColor(color);
    const lines = this.doc.splitTextToSize(text, width) as string[];
    for (const line of lines) {
      this.room(lineHeight(size));
      this.doc.text(line, x, this.y + size * PT);
      this.y += lineHeight(size);
    }
  }

  async block(block: BriefBlock, svg2pdf: Svg2Pdf) {
    switch (block.kind) {
      case 'heading':
        // A heading keeps company with the start of what it heads.
        this.room(24);
        this.gap(2);
        this.text(block.text, 11, 'bold', INK);
        this.gap(1);
        return;
      case 'paragraph':
        this.text(block.text, 8.5, 'normal', INK);
        this.gap(1);
        return;
      case 'figures':
        this.figures(block.items);
        return;
      case 'chart':
        await this.chart(block, svg2pdf);
        return;
      case 'table':
        this.table(block);
        return;
    }
  }

  private figures(items: readonly { label: string; value: string; note: string }[]) {
    const width = (COLUMN - 4 * (items.length - 1)) / items.length;
    const measure = (text: string, size: number, weight: 'normal' | 'bold') => {
      this.doc.setFont(PDF_FONT, weight).setFontSize(size);
      return (this.doc.splitTextToSize(text, width) as string[]).length * lineHeight(size);
    };
    const height = Math.max(
      ...items.map(
        (item) =>
          measure(item.label, 8, 'normal') + measure(item.value, 14, 'bold') + measure(item.note, 7.5, 'normal'),
      ),
    );
    this.room(height);
    const top = this.y;
    items.forEach((item, i) => {
      const x = MARGIN + i * (width + 4);
      this.y = top;
      this.text(item.label, 8, 'normal', MUTED, width, x);
      this.text(item.value, 14, 'bold', INK, width, x);
      this.text(item.note, 7.5, 'normal', MUTED, width, x);
    });
    this.y = top + height + 2;
  }

  private async chart(block: BriefChart, svg2pdf: Svg2Pdf) {
    const surface = block.figure?.querySelector<SVGSVGElement>('.recharts-wrapper > svg.recharts-surface');
    if (!surface) throw new Error('the chart is not drawn');
    const { width, height } = surface.getBoundingClientRect();
    const clone = inLightTheme(() => inlinedClone(surface));
    clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
    clone.setAttribute('width', String(width));
    clone.setAttribute('height', String(height));
    clone.setAttribute('font-family', PDF_FONT);
    // Only regular and bold are embedded: any other weight would fall back to a standard font without "−".
    for (const node of clone.querySelectorAll('[font-weight]')) {
      const weight = node.getAttribute('font-weight') ?? '';
      node.setAttribute('font-weight', weight === 'bold' || Number(weight) >= 600 ? '700' : '400');
    }
    const drawnHeight = Math.min(block.height, (COLUMN * height) / width);
    this.room(lineHeight(10) + drawnHeight + 8);
    this.text(block.title, 10, 'bold', INK);
    this.gap(1);
    // svg2pdf reads computed styles, so the copy sits in the page (out of sight) while it is drawn.
    const holder = document.createElement('div');
    holder.style.cssText = 'position:fixed;left:-10000px;top:0;';
    holder.append(clone);
    document.body.append(holder);
    try {
      await svg2pdf(clone, this.doc, { x: MARGIN, y: this.y, width: COLUMN, height: drawnHeight });
    } finally {
      holder.remove();
    }
    this.y += drawnHeight + 1;
    this.legend(block.legend);
  }

  private legend(items: BriefChart['legend']) {
    const size = 8;
    this.doc.setFont(PDF_FONT, 'normal').setFontSize(size);
    let x = MARGIN;
    this.room(lineHeight(size) + 2);
    for (const item of items) {
      const width = 8 + 1.5 + this.doc.getTextWidth(item.label);
      if (x + width > MARGIN + COLUMN) {
        x = MARGIN;
        this.y += lineHeight(size);
      }
      const mid = this.y + lineHeight(size) / 2;
      const [r = 26, g = 34, b = 51] = (item.color.match(/\d+(\.\d+)?/g) ?? []).map(Number);
      if (item.color.startsWith('#')) this.doc.setDrawColor(item.color);
      else this.doc.setDrawColor(r, g, b);
      this.doc.setLineWidth(0.6);
      this.doc.setLineDashPattern(item.dashed ? [1.5, 1] : [], 0);
      this.doc.line(x, mid, x + 8, mid);
      this.doc.setLineDashPattern([], 0);
      this.doc.setTextColor(INK).text(item.label, x + 9.5, this.y + size * PT);
      x += width + 6;
    }
    this.y += lineHeight(size) + 3;
  }

  private table(block: BriefTable) {
    const size = 7;
    const pad = 0.8;
    const total = block.widths.reduce((sum, w) => sum + w, 0);
    const widths = block.widths.map((w) => (w / total) * COLUMN);
    const drawRow = (cells: readonly string[], weight: 'normal' | 'bold', fill: string | null) => {
      this.doc.setFont(PDF_FONT, weight).setFontSize(size);
      const wrapped = cells.map((cell, i) => this.doc.splitTextToSize(cell, (widths[i] ?? 20) - 2 * pad) as string[]);
      const height = Math.max(...wrapped.map((lines) => lines.length)) * lineHeight(size) + 2 * pad;
      this.room(height);
      if (fill) this.doc.setFillColor(fill).rect(MARGIN, this.y, COLUMN, height, 'F');
      let x = MARGIN;
      wrapped.forEach((lines, i) => {
        this.doc.setTextColor(INK);
        lines.forEach((line, j) => {
          this.doc.text(line, x + pad, this.y + pad + size * PT + j * lineHeight(size));
        });
        x += widths[i] ?? 0;
      });
      this.y += height;
      this.doc
        .setDrawColor(RULE)
        .setLineWidth(0.2)
        .line(MARGIN, this.y, MARGIN + COLUMN, this.y);
    };
    drawRow(block.header, 'bold', '#eef1f5');
    for (const row of block.rows) {
      if ('group' in row) drawRow([row.group], 'bold', '#f6f8fa');
      else drawRow(row, 'normal', null);
    }
    this.gap(3);
  }

  /** The footer and page number on every page, once the page count is known. */
  finish() {
    const pages = this.doc.getNumberOfPages();
    const lines = this.footerLines();
    const top = PAGE.height - MARGIN - lines.length * lineHeight(FOOT_SIZE);
    for (let page = 1; page <= pages; page++) {
      this.doc.setPage(page);
      this.doc
        .setDrawColor(RULE)
        .setLineWidth(0.3)
        .line(MARGIN, top - 2, MARGIN + COLUMN, top - 2);
      lines.forEach((line, i) => {
        this.doc
          .setFont(PDF_FONT, i === 0 ? 'bold' : 'normal')
          .setFontSize(FOOT_SIZE)
          .setTextColor(i === 0 ? INK : MUTED)
          .text(line, MARGIN, top + FOOT_SIZE * PT + i * lineHeight(FOOT_SIZE));
      });
      this.doc
        .setFont(PDF_FONT, 'normal')
        .setFontSize(FOOT_SIZE)
        .setTextColor(MUTED)
        .text(this.spec.pageOf(page, pages), MARGIN + COLUMN, top + FOOT_SIZE * PT, { align: 'right' });
    }
  }
}
