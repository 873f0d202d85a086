import { createExtractor } from '@kg/extractor';
const ex = createExtractor();
const texts = [
  'date 2023-05-10 Israeli warplanes struck targets in Gaza on Tuesday, killing three senior commanders of Islamic Jihad, the Israeli military said. Hamas condemned the strikes and warned Israel of retaliation.',
  'TOKYO, March 3 (Reuters) - Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk-yeol in Tokyo on Thursday, the first such summit in 12 years. The two leaders agreed to restore security ties.',
  'India imposed an export ban on wheat last month. The United States criticised the decision, saying it would worsen the global food crisis. China and Pakistan were not affected.',
  'Police in Nairobi arrested dozens of protesters on Monday as opposition leader Raila Odinga called for fresh demonstrations against President William Ruto.',
  "Germany will send 14 Leopard tanks to Ukraine, Chancellor Olaf Scholz said, after weeks of pressure from Poland and the Baltic states. Russia's ambassador to Berlin, Sergei Nechayev, denounced the decision.",
  'The European Commission proposed new tariffs on Chinese electric vehicles, and Beijing threatened to retaliate. French President Emmanuel Macron backed the proposal, while Germany opposed it.',
  "Venezuela's government released five American prisoners in exchange for the United States freeing two nephews of President Nicolas Maduro's wife, officials said.",
  'The Taliban detained a British aid worker in Kabul, the Foreign Office in London said on Friday, urging the group to release him.',
];
for (const text of texts) {
  const { result } = ex.extract([{ text }]);
  console.log('---', text.slice(0, 70));
  console.log('  E:', result.entities.map((e) => `${e.name}[${e.type}]`).join('; '));
  for (const r of result.relations)
    console.log(
      '  R:',
      r.source,
      r.type,
      r.target,
      r.negated ? 'NEG' : '',
      r.modality,
      r.role ?? '',
      r.date ?? '',
    );
}
