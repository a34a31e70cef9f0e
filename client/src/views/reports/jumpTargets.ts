/** The entity a piece of text belongs to, as the language check and the publication scan name it. */
export interface TextPlace { kind: string; id: string; field: string }

const enc = encodeURIComponent;

/**
 * The workspace path where the text of an entity is edited, or null when no tab edits it: chronology
 * entries open in the Chronology tab (?event=), factors in the Analysis tab (?factor=), findings and
 * recommendations in the Findings tab, the investigation's own text and the registry in the Overview.
 */
export function editPathOf(investigationId: string, place: TextPlace): string | null {
  const base = `/investigations/${enc(investigationId)}`;
  switch (place.kind) {
    case 'event': return `${base}/chronology?event=${enc(place.id)}`;
    case 'episode': return `${base}/chronology?episode=${enc(place.id)}`;
    case 'factor': return `${base}/analysis?factor=${enc(place.id)}`;
    case 'finding': return `${base}/findings?finding=${enc(place.id)}`;
    case 'recommendation': return `${base}/findings?recommendation=${enc(place.id)}`;
    case 'response': case 'safety_action': return `${base}/findings`;
    case 'dissent': return `${base}/review`;
    case 'investigation': case 'person': case 'place': case 'agency': return `${base}/overview`;
    default: return null;
  }
}

const kindWords: Record<string, string> = {
  event: 'Chronology entry', episode: 'Key practice episode', factor: 'Factor', finding: 'Finding', recommendation: 'Recommendation',
  response: 'Recommendation response', safety_action: 'Safety action', dissent: 'Recorded dissent', investigation: 'Investigation details',
  person: 'Identity registry', place: 'Identifying place', agency: 'Agency',
};

/** Words for an entity kind ("Chronology entry"), falling back to the kind itself. */
export function kindWord(kind: string): string {
  return kindWords[kind] ?? kind.replace(/_/g, ' ');
}

/** Words for a field name: "knownAtTime" becomes "known at time"; "actions[2]" becomes "actions 3". */
export function fieldWord(field: string): string {
  return field
    .replace(/\[(\d+)\]/g, (_, n: string) => ` ${Number(n) + 1}`)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}
