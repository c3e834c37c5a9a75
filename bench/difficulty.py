"""How well does the per-sentence difficulty (wegwijs/readability/difficulty.py) rank Dutch text?

Measured on our own graded texts (bench/data/graded_texts.yml: 8 texts on LiNT's four levels, and 12
pairs of sentences that say the same thing in easy and in hard Dutch), against three other scores:
our per-sentence Flesch-Douma, textstat's Dutch flesch_reading_ease and sentence length alone.

- sentences: Spearman correlation of each sentence's score with the level of its text
- pairs: share of pairs where the hard sentence gets the harder score (ties count half)
- texts: Spearman correlation of each text's score with its level, and whether the texts come out
  in the order of their levels (every text of a level scored harder than every text below it)

Measured on 2026-12-02, with LiNT-II's word data (SUBTLEX-NL, its noun list, its coefficients):
sentences 0.908, pairs 1.000, same-length pairs 1.000, texts 0.976 and in order; before, with
wordfreq and a neutral share of concrete nouns: 0.869 / 1.000 / 1.000 / 0.976. Flesch-Douma 0.860,
textstat 0.867, sentence length 0.895 (same-length pairs 0.417).

Limits: the levels are the writer's judgement, not a reading study; 8 texts and 12 pairs are few;
the texts are about one domain (OCMW services). Run: python bench/difficulty.py
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wegwijs.readability import analyse_markdown  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "graded_texts.yml"


def load() -> dict:
    return yaml.safe_load(DATA.read_text("utf-8"))


def ranks(values: Sequence[float]) -> list[float]:
    """Ranks from 1, ties sharing their mean rank."""
    order = sorted(range(len(values)), key=values.__getitem__)
    result = [0.0] * len(values)
    start = 0
    while start < len(order):
        end = start
        while end + 1 < len(order) and values[order[end + 1]] == values[order[start]]:
            end += 1
        for index in order[start: end + 1]:
            result[index] = (start + end) / 2 + 1
        start = end + 1
    return result


def spearman(xs: Sequence[float], ys: Sequence[float]) -> float:
    rx, ry = ranks(xs), ranks(ys)
    mean_x, mean_y = sum(rx) / len(rx), sum(ry) / len(ry)
    cov = sum((a - mean_x) * (b - mean_y) for a, b in zip(rx, ry))
    var = (sum((a - mean_x) ** 2 for a in rx) * sum((b - mean_y) ** 2 for b in ry)) ** 0.5
    return cov / var if var else 0.0


def _textstat() -> Callable[[str], float]:
    import textstat

    textstat.set_lang("nl")
    return textstat.flesch_reading_ease


def scorers() -> dict[str, tuple[Callable[[str], float], Callable[[str], float]]]:
    """Name -> (score of one sentence, score of a whole text); higher is harder for every score."""
    def ours_sentence(text: str) -> float:
        return analyse_markdown(text, path="x.md").sentences[0].difficulty

    def ours_text(text: str) -> float:
        return analyse_markdown(text, path="x.md").metrics["difficulty"]

    def douma_sentence(text: str) -> float:
        return -analyse_markdown(text, path="x.md").sentences[0].flesch_douma

    def douma_text(text: str) -> float:
        return -analyse_markdown(text, path="x.md").metrics["flesch_douma"]

    def length_sentence(text: str) -> float:
        return len(analyse_markdown(text, path="x.md").sentences[0].tokens)

    def length_text(text: str) -> float:
        return analyse_markdown(text, path="x.md").metrics["words_per_sentence"]

    reading_ease = _textstat()
    return {
        "wegwijs difficulty": (ours_sentence, ours_text),
        "Flesch-Douma (wegwijs)": (douma_sentence, douma_text),
        "textstat flesch_reading_ease (nl)": (lambda text: -reading_ease(text), lambda text: -reading_ease(text)),
        "sentence length": (length_sentence, length_text),
    }


def sentences_of(text: str) -> list[str]:
    return [sentence.text for sentence in analyse_markdown(text, path="x.md").sentences]


def pair_wins(pairs: list[list[str]], one: Callable[[str], float], whole: Callable[[str], float]) -> float:
    """Share of (easy, hard) pairs where the hard one scores harder; a tie counts half."""
    wins = 0.0
    for easy, hard in pairs:
        # a pair may hold two short sentences ("Heb je schulden? Dan helpen we je."): score the text
        several = len(sentences_of(easy)) > 1 or len(sentences_of(hard)) > 1
        easy_score, hard_score = (whole(easy), whole(hard)) if several else (one(easy), one(hard))
        wins += 1.0 if hard_score > easy_score else 0.5 if hard_score == easy_score else 0.0
    return round(wins / len(pairs), 3)


def measure() -> dict[str, dict[str, float]]:
    data = load()
    texts = data["teksten"]
    labelled = [(sentence, text["niveau"]) for text in texts for sentence in sentences_of(text["tekst"])]
    results: dict[str, dict[str, float]] = {}
    for name, (one, whole) in scorers().items():
        sentence_scores = [one(sentence) for sentence, _ in labelled]
        text_scores = [whole(text["tekst"]) for text in texts]
        levels = [text["niveau"] for text in texts]
        ordered = all(
            a < b for a, la in zip(text_scores, levels) for b, lb in zip(text_scores, levels) if la < lb
        )
        results[name] = {
            "sentences": round(spearman(sentence_scores, [level for _, level in labelled]), 3),
            "pairs": pair_wins(data["paren"], one, whole),
            "same_length_pairs": pair_wins(data["even_lang"], one, whole),
            "texts": round(spearman(text_scores, levels), 3),
            "texts_in_order": float(ordered),
        }
    return results


def level_agreement() -> float:
    """Share of the graded texts whose page level (LiNT's bands) is the level the writer gave it."""
    texts = load()["teksten"]
    same = sum(analyse_markdown(text["tekst"], path="x.md").metrics["level"] == text["niveau"] for text in texts)
    return same / len(texts)


def main() -> None:
    results = measure()
    print(f"{'score':36} {'sentences':>10} {'pairs':>7} {'same-length':>12} {'texts':>7} {'in order':>9}")
    for name, row in results.items():
        print(f"{name:36} {row['sentences']:>10.3f} {row['pairs']:>7.3f} {row['same_length_pairs']:>12.3f} "
              f"{row['texts']:>7.3f} "
              f"{'yes' if row['texts_in_order'] else 'no':>9}")
    ours = results["wegwijs difficulty"]
    print(f"texts whose wegwijs level is the writer's level: {level_agreement():.0%}")
    for name in ("Flesch-Douma (wegwijs)", "textstat flesch_reading_ease (nl)"):
        other = results[name]
        print(f"ratio of sentence correlations, wegwijs difficulty / {name}: "
              f"{ours['sentences'] / other['sentences']:.2f}" if other["sentences"] > 0 else
              f"{name}: no positive sentence correlation")


if __name__ == "__main__":
    main()
