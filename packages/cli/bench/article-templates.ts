/**
 * Sentence templates of the bench's generated articles: the clause shapes of wire reports
 * (meetings, accusations, sanctions, claims, appeals, agreements, protests) with slots for actors
 * (A, B), a place (P), a day (D) and a topic (T), plus sentences with no actor pair.
 */
export const PAIR_TEMPLATES: readonly string[] = [
  '{A} met {B} in {P} on {D} to discuss {T}.',
  '{A} accused {B} of violating the ceasefire, officials said on {D}.',
  '{A} imposed new sanctions on {B} over {T}.',
  '{A} condemned the decision by {B}, calling it a threat to regional stability.',
  'According to {A}, {B} launched an attack near {P} early on {D}.',
  '{A} signed an agreement with {B} on {T} in {P}.',
  '{A} called on {B} to release the detained journalists.',
  '{A} praised {B} for its support on {T}.',
  '{A} threatened to retaliate against {B} if the talks failed.',
  '{A} and {B} agreed to resume negotiations on {T} next month.',
  '{A} rejected a proposal from {B} on {T}, a spokesman said.',
  '{A} warned {B} that further provocations would not be tolerated.',
  '{A} said {B} had refused to cooperate with the investigation.',
  '{A} expelled two diplomats from {B} on {D}.',
  'Speaking in {P}, {A} criticised {B} for its handling of {T}.',
  '{A} pledged military aid to {B} during a visit to {P}.',
  '{A} hosted {B} for talks on {T} on {D}.',
  '{A} denied that it had supplied weapons to {B}.',
];

export const SOLO_TEMPLATES: readonly string[] = [
  'Thousands of protesters gathered in {P} on {D} to demand new elections.',
  'Analysts said the move could deepen the dispute over {T}.',
  '{A} did not respond to a request for comment.',
  'The talks on {T} are expected to continue in {P} next week.',
  'Officials in {P} declined to give further details on {D}.',
  '{A} announced a review of its policy on {T}.',
];

export const TOPICS: readonly string[] = [
  'grain exports',
  'the nuclear programme',
  'border security',
  'energy supplies',
  'the humanitarian corridor',
  'trade tariffs',
  'climate finance',
  'the prisoner exchange',
  'fishing rights',
  'the peace plan',
  'debt relief',
  'migration',
];

export const DAYS: readonly string[] = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];
