// The tagger's verdict on one candidate span: a type and how sure the rule that gave it is.

export type EntityType = 'PERSON' | 'ORG' | 'PLACE';
/** strength: 3 = gazetteer or explicit cue, 2 = good evidence, 1 = guess (doc consistency may override). */
export interface Guess {
  type: EntityType;
  strength: number;
}
