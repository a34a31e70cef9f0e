/** Page geometry, type sizes and colours of Sightline reports (A4, points). */
export const theme = {
  page: { size: 'A4' as const, margins: { top: 72, bottom: 64, left: 56, right: 56 } },
  /** Indent of body text, leaving a gutter for paragraph numbers. */
  gutter: 38,
  size: { body: 9.5, note: 8.5, table: 7.6, h1: 15, h2: 11.5, h3: 10, caption: 8, furniture: 7.5, diagram: 6.8 },
  lineGap: 2.2,
  /** Space a figure keeps below itself for its caption. */
  captionSpace: 30,
  paragraphGap: 6,
  colour: {
    text: '#1b1b1b',
    muted: '#505a5f',
    accent: '#1d3c5a',
    rule: '#b1b4b6',
    banner: '#b10e1e',
    tableHead: '#e3e8ee',
    zebra: '#f5f6f8',
    callout: '#eef3f8',
    hindered: '#fbe9e7',
    hinderedLine: '#a5402d',
    supported: '#e6f2e6',
    supportedLine: '#2e6b34',
    event: '#f3f2f1',
    outcome: '#1d3c5a',
    band: ['#eef2f7', '#f6f8fb'],
  },
} as const;
