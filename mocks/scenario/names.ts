import type { Rng } from './random';

// Synthetic display names only: a given name and a family name drawn independently, never a real customer or
// employee record. Mixed origins, as in a Dutch contact centre.
const GIVEN = [
  'Anouk', 'Bram', 'Daan', 'Emma', 'Fenna', 'Gijs', 'Hanna', 'Ilse', 'Jesse', 'Kiki', 'Lars', 'Mila', 'Noor', 'Olaf',
  'Pien', 'Quinten', 'Roos', 'Sem', 'Tess', 'Umut', 'Vera', 'Wout', 'Yara', 'Zeynep', 'Amir', 'Bo', 'Chloé', 'Dewi',
  'Elif', 'Finn', 'Guus', 'Hamza', 'Iris', 'Julia', 'Koen', 'Lotte', 'Mees', 'Nina', 'Omar', 'Puck', 'Rayan', 'Sanne',
];
const FAMILY = [
  'Akkerman', 'Brouwer', 'Claessen', 'Dekker', 'El Idrissi', 'Franken', 'Geurts', 'Hendriks', 'IJzerman', 'Jansma',
  'Kok', 'Lammers', 'Mulder', 'Nijland', 'Oosterhuis', 'Peeters', 'Quint', 'Rietveld', 'Smits', 'Tromp', 'Uijttewaal',
  'Veenstra', 'Wolters', 'Yilmaz', 'Zwart', 'van Dijk', 'de Graaf', 'van Leeuwen', 'ter Horst', 'van der Meer',
];

export function syntheticName(rng: Rng): string {
  return `${rng.pick(GIVEN)} ${rng.pick(FAMILY)}`;
}
