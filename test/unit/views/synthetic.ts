import type { Paper } from '@/lib/paper';
import { paper } from './papers';

const WORDS =
  'attention transformer diffusion reinforcement learning vision language model graph neural network retrieval agent reasoning benchmark scaling sparse mixture experts token policy reward alignment robot video audio speech contrastive self supervised federated quantization distillation pruning efficient inference'.split(
    ' ',
  );

/** `count` papers with realistic text sizes (10-word titles, 5 authors, ~150-word abstracts), deterministic. */
export function syntheticPapers(count: number): Paper[] {
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const word = () => WORDS[Math.floor(random() * WORDS.length)] ?? 'paper';
  const words = (n: number) => Array.from({ length: n }, word).join(' ');
  return Array.from({ length: count }, (_, i) =>
    paper(i + 1, {
      title: words(10),
      authors: Array.from({ length: 5 }, (_, a) => `Author${(i * 7 + a) % 997} Surname${(i + a * 13) % 1009}`),
      abstract: words(150),
      tags: i % 5 === 0 ? [word()] : [],
    }),
  );
}
