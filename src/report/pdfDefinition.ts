/**
 * ReportModel -> pdfmake document definition. Pure and synchronous: no fonts or library
 * needed, so it is tested and measured on its own.
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ReportModel } from '../domain/report/reportModel';
import { COLORS, PAGE_MARGINS, STYLES, plain, type PageSizeName, type PdfNode } from './pdfTheme';
import {
  actionPlan,
  appendix,
  architecture,
  cover,
  coverage,
  executiveSummary,
  functions,
  scope,
  tailoring,
  workshops,
} from './pdfSections';

export interface PdfOptions {
  pageSize?: PageSizeName;
}

/** The pdfmake definition of the whole report (cover, contents, sections, page numbers). */
export function reportPdfDefinition(model: ReportModel, options: PdfOptions = {}): TDocumentDefinitions {
  const pageSize = options.pageSize ?? 'A4';
  const project = plain(model.cover.project);
  const content: PdfNode[] = [
    cover(model),
    {
      toc: { title: { text: 'Contents', style: 'h1' }, textStyle: { fontSize: 10.5 }, numberStyle: { fontSize: 10.5 } },
      pageBreak: 'before',
    },
    ...executiveSummary(model),
    ...architecture(model, pageSize),
    ...scope(model),
    ...coverage(model),
    ...functions(model),
    ...actionPlan(model),
    ...tailoring(model),
    ...workshops(model),
    ...appendix(model),
  ];
  const definition = {
    pageSize,
    pageOrientation: 'portrait',
    pageMargins: PAGE_MARGINS,
    info: {
      title: `${model.cover.title}: ${project}`,
      author: plain(model.cover.assessor),
      subject: `${model.cover.catalog.id} ${model.cover.catalog.version}`,
      creator: plain(model.cover.generator),
      producer: plain(model.cover.generator),
    },
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.2, color: COLORS.ink },
    styles: STYLES,
    header: (page: number, _count: number, size: { width: number }) =>
      page === 1
        ? null
        : {
            columns: [
              { text: project.length > 80 ? `${project.slice(0, 79)}…` : project, width: '*' },
              { text: `${model.cover.catalog.id} ${model.cover.catalog.version}`, width: 'auto' },
            ],
            fontSize: 7.5,
            color: COLORS.muted,
            margin: [PAGE_MARGINS[0], 24, PAGE_MARGINS[2], 0],
            width: size.width,
          },
    footer: (page: number, count: number) =>
      page === 1
        ? null
        : {
            columns: [
              { text: `Generated ${model.cover.date}`, width: '*' },
              { text: `Page ${page} of ${count}`, width: 'auto' },
            ],
            fontSize: 7.5,
            color: COLORS.muted,
            margin: [PAGE_MARGINS[0], 16, PAGE_MARGINS[2], 0],
          },
    content,
  };
  return definition as unknown as TDocumentDefinitions;
}
