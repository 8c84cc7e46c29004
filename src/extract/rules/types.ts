// A relation rule is data: a pattern over the sentence template (see template.ts),
// the relation it asserts and a rule id stored with every claim it makes.
//   {sup} supplier slot, {cus} customer slot (SUPPLIES); {a}, {b} either side (COMPETES_WITH);
//   {pair} one list slot whose members all relate to each other ("Acme and Contoso compete");
//   {g} a short gap (≤ 40 chars) and {G} a long one (≤ 120) that contain no other company;
//   {other} a company slot the relation does not take ("replaced {sup} with {other}");
//   {np} up to five words; {its} "its"/"their" (a pronoun slot once coreference has run).
export interface RelationRule {
  match: string;
  relation: 'SUPPLIES' | 'COMPETES_WITH';
  reason: string;
  confidence: number;
  /** Noun-phrase rules ("its rival Contoso") are not hedged by a verb elsewhere in the sentence. */
  hedgeable?: boolean;
}
