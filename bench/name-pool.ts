// The people of the generated world: a few thousand full names with a Zipf-like frequency
// (a handful of very frequent people, a long tail) and transliteration variants for some.
import { type Rng, pick } from './prng.js';

const FIRST = `Anna Alexander Sergei Olga Mikhail Irina Tomas Marta Jonas Elena Pavel Katarzyna Andrzej
  Viktor Natalia Dmitri Svetlana Piotr Agnieszka Juri Lina Marek Ewa Gintaras Ruta Janis Ilze Kristjan
  Liis Oleksandr Yulia Taras Oksana Georg Helena Lukas Sofia Matteo Chiara Pierre Claire Henrik Ingrid
  Rasmus Freja Miguel Lucia Daniel Sarah Michael Laura David Emma Thomas Julia Robert Maria Stefan Nina
  Boris Vera Ivan Tatiana Aleksei Galina Roman Daria Artur Zofia Karol Hanna Emil Greta Felix Alma`
  .split(/\s+/);

const LAST = `Kowalski Novak Petrauskas Berzins Tamm Shevchenko Kovalenko Lindqvist Moreau Rossi
  Schneider Fischer Weber Hoffmann Wagner Becker Schulz Richter Klein Wolf Brandt Keller Lange Vogel
  Petrov Ivanov Sokolov Volkov Morozov Lebedev Kozlov Novikov Orlov Zaitsev Pavlov Semenov Golubev
  Vinogradov Bogdanov Vorobyov Kazlauskas Jankauskas Stankevicius Vasiliauskas Zukauskas Ozolins
  Kalnins Liepins Saar Kask Mets Koppel Rebane Tkachenko Bondarenko Kravchenko Oliynyk Melnyk
  Savchenko Rudenko Marchenko Nowicki Wisniewski Wojcik Kaminski Lewandowski Zielinski Szymanski
  Dabrowski Kozlowski Jankowski Mazur Krawczyk Andersen Nielsen Hansen Larsen Johansson Karlsson
  Nilsson Eriksson Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti Costa Garcia Martinez
  Lopez Sanchez Romero Navarro Torres Dubois Laurent Lefebvre Leroy Girard Bonnet Dupont Lambert
  Fontaine Rousseau Harrison Whitfield Pemberton Ashworth Caldwell Hargreaves Kinsella Donnelly
  Lukashenko Tsikhanouskaya Khrenov Yakovlev Aleksandrov Wasilewski Shchukin Makarenko`.split(/\s+/);

/** Spelling variants a reporter might use; each collapses to the same personKey in src/nlp/names.ts. */
export const SURNAME_VARIANTS: Record<string, string> = {
  Kovalenko: 'Kovalenka', Shevchenko: 'Shevchenka', Lukashenko: 'Lukashenka', Tsikhanouskaya: 'Tikhanovskaya',
  Khrenov: 'Hrenov', Yakovlev: 'Jakovlev', Aleksandrov: 'Alexandrov', Volkov: 'Wolkov', Makarenko: 'Makarenka',
  Savchenko: 'Savchenka', Marchenko: 'Marchenka', Bondarenko: 'Bondarenka', Petrauskas: 'Petrauskass',
};
export const GIVEN_VARIANTS: Record<string, string> = {
  Alexander: 'Aleksandr', Sergei: 'Sergey', Juri: 'Yuri', Mikhail: 'Mihail', Aleksei: 'Alexei', Dmitri: 'Dmitriy',
};

/** Names nobody in the generated world has (the "unknown name" queries). */
export const UNKNOWN_NAMES = `Zebulon Quartermaine|Xiomara Thistlewood|Ptolemy Vandersnoot|Oona Featherstonehaugh|
  Barnaby Wobblesworth|Isadora Crumplehorn|Thaddeus Gooseberry|Philippa Marchbanks|Cornelius Puddifoot|
  Ottoline Bramblecombe|Horatio Snodgrass|Wilhelmina Cheddarton`.split('|').map((s) => s.trim());

export interface Person {
  first: string;
  last: string;
}

export interface NamePool {
  people: readonly Person[];
  /** A person drawn with Zipf weights: index 0 is the most frequent. */
  draw(rng: Rng): Person;
}

export function createNamePool(rng: Rng, size: number): NamePool {
  const seen = new Set<string>();
  const people: Person[] = [];
  const maxPeople = Math.min(size, FIRST.length * LAST.length);
  while (people.length < maxPeople) {
    const person = { first: pick(rng, FIRST), last: pick(rng, LAST) };
    const key = `${person.first} ${person.last}`;
    if (seen.has(key)) continue;
    seen.add(key);
    people.push(person);
  }
  // Zipf with s = 1: cumulative weights, then a binary search per draw.
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < people.length; i++) cumulative.push((total += 1 / (i + 1)));
  return {
    people,
    draw(r) {
      const u = r() * total;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid]! < u) lo = mid + 1;
        else hi = mid;
      }
      return people[lo]!;
    },
  };
}

export function fullName(p: Person): string {
  return `${p.first} ${p.last}`;
}

/** The name as another outlet might spell it (same person, other romanisation). */
export function variantName(p: Person): string | undefined {
  const first = GIVEN_VARIANTS[p.first] ?? p.first;
  const last = SURNAME_VARIANTS[p.last] ?? p.last;
  return first === p.first && last === p.last ? undefined : `${first} ${last}`;
}
