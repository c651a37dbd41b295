// Cyrillic written in Latin letters, as English-language news spells Russian, Belarusian, Ukrainian
// and Kazakh names (Zhaparov, Shoigu, Tokayev): what readable ids are made from.

// Russian after the BGN/PCGN system without its diacritics; the letters of the other languages
// after their usual English renderings.
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Ukrainian and Belarusian
  є: 'ye', і: 'i', ї: 'yi', ґ: 'g', ў: 'u',
  // Kazakh, Kyrgyz, Tajik
  ә: 'a', ғ: 'gh', қ: 'q', ң: 'ng', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', ҳ: 'h', ҷ: 'j', ӣ: 'i', ӯ: 'u',
};

/** `text` with its Cyrillic letters written in Latin ones, in lower case: "Садыр Жапаров" → "sadyr zhaparov". */
export function transliterateCyrillic(text: string): string {
  return text.toLowerCase().replace(/\p{Script=Cyrillic}/gu, (letter) => CYRILLIC[letter] ?? letter);
}
