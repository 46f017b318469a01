import type { TemplateRisk } from './template-risks';
import { authorityForm, withParts, type PartEdit } from './test-templates';

/**
 * Features an authority's Excel writes into a form and ExcelJS does not read, each added to the
 * test form as Excel lays it out (parts, relationships, content types), reduced to what identifies it.
 */

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const XM = 'http://schemas.microsoft.com/office/excel/2006/main';
const TYPE = 'application/vnd.openxmlformats-officedocument';

const EVENTS_XML = 'xl/worksheets/sheet1.xml';
const EVENTS_RELS = 'xl/worksheets/_rels/sheet1.xml.rels';

interface RiskyFeature {
  parts: Record<string, PartEdit>;
  contentTypes?: Record<string, string>;
}

/** Adds relationships to a .rels part, making the part when the form has none. */
function rels(...relationships: [id: string, type: string, target: string][]): PartEdit {
  const added = relationships.map(
    ([id, type, target]) => `<Relationship Id="${id}" Type="${R}/${type}" Target="${target}"/>`,
  );
  return (xml) =>
    xml === ''
      ? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${added.join('')}</Relationships>`
      : xml.replace('</Relationships>', `${added.join('')}</Relationships>`);
}

/** Puts an element at the end of the events sheet, where Excel writes drawings and extensions. */
const atSheetEnd =
  (element: string): PartEdit =>
  (xml) =>
    xml.replace('</worksheet>', `${element}</worksheet>`);

const anchor = (content: string) =>
  `<xdr:twoCellAnchor><xdr:from><xdr:col>11</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>3</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>18</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>18</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${content}<xdr:clientData/></xdr:twoCellAnchor>`;

const drawing = (...anchors: string[]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}">${anchors.join('')}</xdr:wsDr>`;

const chartFrame = anchor(
  `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Диаграмма 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame>`,
);

const textBox = anchor(
  `<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="3" name="TextBox 2"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr><xdr:txBody><a:bodyPr/><a:p><a:r><a:t>Келісілді / Согласовано</a:t></a:r></a:p></xdr:txBody></xdr:sp>`,
);

const chart = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>'Іс-шаралар'!$B$6:$B$15</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>'Іс-шаралар'!$G$6:$G$15</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`;

const DRAWING_TYPES = {
  'xl/drawings/drawing1.xml': `${TYPE}.drawing+xml`,
  'xl/charts/chart1.xml': `${TYPE}.drawingml.chart+xml`,
};

const sheetDrawing = {
  [EVENTS_XML]: atSheetEnd(`<drawing xmlns:r="${R}" r:id="rIdKelisimDrawing"/>`),
  [EVENTS_RELS]: rels(['rIdKelisimDrawing', 'drawing', '../drawings/drawing1.xml']),
};

const workbookRels = (id: string, type: string, target: string) => ({
  'xl/_rels/workbook.xml.rels': rels([id, type, target]),
});

/** An Excel 2010 extension of the events sheet (sparklines, validations that name other sheets). */
const sheetExtension = (uri: string, content: string) =>
  atSheetEnd(`<extLst><ext uri="${uri}" xmlns:x14="${X14}" xmlns:xm="${XM}">${content}</ext></extLst>`);

export const RISKY_FEATURES: Record<Exclude<TemplateRisk, 'largeValidations'>, RiskyFeature> = {
  charts: {
    parts: {
      ...sheetDrawing,
      'xl/drawings/drawing1.xml': drawing(chartFrame),
      'xl/drawings/_rels/drawing1.xml.rels': rels(['rId1', 'chart', '../charts/chart1.xml']),
      'xl/charts/chart1.xml': chart,
    },
    contentTypes: DRAWING_TYPES,
  },
  shapes: {
    parts: { ...sheetDrawing, 'xl/drawings/drawing1.xml': drawing(textBox) },
    contentTypes: { 'xl/drawings/drawing1.xml': `${TYPE}.drawing+xml` },
  },
  chartSheets: {
    parts: {
      'xl/workbook.xml': (xml) =>
        xml.replace('</sheets>', `<sheet name="Диаграмма" sheetId="9" r:id="rIdKelisimChart"/></sheets>`),
      ...workbookRels('rIdKelisimChart', 'chartsheet', 'chartsheets/sheet1.xml'),
      'xl/chartsheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><chartsheet xmlns="${MAIN}" xmlns:r="${R}"><sheetViews><sheetView workbookViewId="0"/></sheetViews><drawing r:id="rId1"/></chartsheet>`,
      'xl/chartsheets/_rels/sheet1.xml.rels': rels(['rId1', 'drawing', '../drawings/drawing1.xml']),
      'xl/drawings/drawing1.xml': drawing(chartFrame),
      'xl/drawings/_rels/drawing1.xml.rels': rels(['rId1', 'chart', '../charts/chart1.xml']),
      'xl/charts/chart1.xml': chart,
    },
    contentTypes: {
      ...DRAWING_TYPES,
      'xl/chartsheets/sheet1.xml': `${TYPE}.spreadsheetml.chartsheet+xml`,
    },
  },
  pivotTables: {
    parts: {
      'xl/workbook.xml': (xml) =>
        xml.replace(
          '</workbook>',
          `<pivotCaches><pivotCache cacheId="1" r:id="rIdKelisimPivot"/></pivotCaches></workbook>`,
        ),
      ...workbookRels('rIdKelisimPivot', 'pivotCacheDefinition', 'pivotCache/pivotCacheDefinition1.xml'),
      'xl/pivotCache/pivotCacheDefinition1.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><pivotCacheDefinition xmlns="${MAIN}" refreshOnLoad="1" recordCount="0"><cacheSource type="worksheet"><worksheetSource ref="B5:H15" sheet="Іс-шаралар"/></cacheSource><cacheFields count="1"><cacheField name="Ауданның атауы / Наименование района" numFmtId="0"><sharedItems/></cacheField></cacheFields></pivotCacheDefinition>`,
      'xl/pivotTables/pivotTable1.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><pivotTableDefinition xmlns="${MAIN}" name="Сводная1" cacheId="1" dataCaption="Значения"><location ref="A3:A4" firstHeaderRow="1" firstDataRow="1" firstDataCol="0"/><pivotFields count="1"><pivotField axis="axisRow" showAll="0"><items count="1"><item t="default"/></items></pivotField></pivotFields></pivotTableDefinition>`,
      'xl/pivotTables/_rels/pivotTable1.xml.rels': rels([
        'rId1',
        'pivotCacheDefinition',
        '../pivotCache/pivotCacheDefinition1.xml',
      ]),
      'xl/worksheets/_rels/sheet3.xml.rels': rels(['rIdKelisimPivot', 'pivotTable', '../pivotTables/pivotTable1.xml']),
    },
    contentTypes: {
      'xl/pivotCache/pivotCacheDefinition1.xml': `${TYPE}.spreadsheetml.pivotCacheDefinition+xml`,
      'xl/pivotTables/pivotTable1.xml': `${TYPE}.spreadsheetml.pivotTable+xml`,
    },
  },
  externalLinks: {
    parts: {
      'xl/workbook.xml': (xml) =>
        xml.replace(
          '</sheets>',
          `</sheets><externalReferences><externalReference r:id="rIdKelisimLink"/></externalReferences>`,
        ),
      ...workbookRels('rIdKelisimLink', 'externalLink', 'externalLinks/externalLink1.xml'),
      'xl/externalLinks/externalLink1.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><externalLink xmlns="${MAIN}" xmlns:r="${R}"><externalBook r:id="rId1"><sheetNames><sheetName val="Свод"/></sheetNames></externalBook></externalLink>`,
      'xl/externalLinks/_rels/externalLink1.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/externalLinkPath" Target="file:///C:/Область/свод.xlsx" TargetMode="External"/></Relationships>`,
    },
    contentTypes: { 'xl/externalLinks/externalLink1.xml': `${TYPE}.spreadsheetml.externalLink+xml` },
  },
  sparklines: {
    parts: {
      [EVENTS_XML]: sheetExtension(
        '{05C60535-1F16-4fd2-B633-F4F36F0B64E0}',
        `<x14:sparklineGroups><x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:sparklines><x14:sparkline><xm:f>'Іс-шаралар'!C6:F6</xm:f><xm:sqref>J6</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups>`,
      ),
    },
  },
  extendedValidations: {
    parts: {
      [EVENTS_XML]: sheetExtension(
        '{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}',
        `<x14:dataValidations count="1"><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>'Этносы'!$B$5:$B$10</xm:f></x14:formula1><xm:sqref>J6:J15</xm:sqref></x14:dataValidation></x14:dataValidations>`,
      ),
    },
  },
  slicers: {
    parts: { 'xl/slicerCaches/slicerCache1.xml': `<slicerCacheDefinition xmlns="${X14}" name="Срез_Район"/>` },
    contentTypes: { 'xl/slicerCaches/slicerCache1.xml': 'application/vnd.ms-excel.slicerCache+xml' },
  },
  macros: {
    parts: { 'xl/vbaProject.bin': 'VBA' },
    contentTypes: { 'xl/vbaProject.bin': 'application/vnd.ms-office.vbaProject' },
  },
  embeddedObjects: {
    parts: { 'xl/embeddings/oleObject1.bin': 'OLE' },
    contentTypes: { 'xl/embeddings/oleObject1.bin': `${TYPE}.oleObject` },
  },
  threadedComments: {
    parts: {
      'xl/threadedComments/threadedComment1.xml': `<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="C6" id="{00000000-0000-0000-0000-000000000001}"><text>Проверить</text></threadedComment></ThreadedComments>`,
    },
    contentTypes: {
      'xl/threadedComments/threadedComment1.xml': 'application/vnd.ms-excel.threadedcomments+xml',
    },
  },
};

/** The test form with one feature ExcelJS does not read. */
export async function riskyForm(risk: keyof typeof RISKY_FEATURES): Promise<Uint8Array> {
  const { parts, contentTypes } = RISKY_FEATURES[risk];
  return withParts(await authorityForm(), parts, contentTypes);
}
