// English names a region by its proper name and a head that varies with the writer: "the Sughd
// Region", "Sughd province", "the Sughd oblast"; a district likewise, "Lachin district" or "rayon".
// Several share one head in the plural, the others written bare before it: "the Batken and Osh
// regions", "Sughd and Khatlon provinces", "the Lachin and Kalbajar districts".

/** The heads of regions' English names, by their plural, in groups that name the same kind of region. */
const HEAD_GROUPS: readonly Record<string, string>[] = [
  { region: 'regions', province: 'provinces', oblast: 'oblasts' },
  { district: 'districts', rayon: 'rayons' },
];

/**
 * For a region's English name of a proper name and a head ("Batken Region", "Chui Oblast"), the same
 * name under the other heads ("Batken Province", "Batken Oblast"), the forms that end a list of such
 * regions ("Batken regions", "Batken provinces", "Batken oblasts"), and the proper name itself, which
 * names the region in the list before the end ("Batken and Osh regions": Batken); undefined for
 * other names.
 */
export function englishRegionForms(name: string): { singulars: string[]; ends: string[]; adjective: string } | undefined {
  const space = name.lastIndexOf(' ');
  if (space <= 0 || !/^[A-Z]/.test(name)) return undefined;
  const head = name.slice(space + 1).toLowerCase();
  const heads = HEAD_GROUPS.find((group) => group[head] !== undefined);
  if (heads === undefined) return undefined;
  const proper = name.slice(0, space);
  // Only a name of Latin letters, hyphens and spaces: not "Region of …" nor a name already listing two.
  if (!/^[A-Z][A-Za-z\u00C0-\u024F'’-]*(?: [A-Z][A-Za-z\u00C0-\u024F'’-]*)*$/.test(proper)) return undefined;
  const singulars: string[] = [];
  const ends: string[] = [];
  for (const [other, plural] of Object.entries(heads)) {
    const capitalized = other[0].toUpperCase() + other.slice(1);
    if (other !== head) singulars.push(`${proper} ${capitalized}`);
    ends.push(`${proper} ${plural}`);
  }
  return { singulars, ends, adjective: proper };
}
