#!/usr/bin/env python3
"""Turns `entity-extract tokenize --format tsv` rows (stdin) into a CoNLL file for the accurate
tagger to label (build-silver.sh): `token O` lines, a blank line after each sentence, a
-DOCSTART- line before each document, so the tagger's document evidence sees whole documents.

    python3 silver-conll.py DEV_FILE... < tokens.tsv > silver.conll

A document two or more of whose sentences share an 8-token sequence with a DEV_FILE (CoNLL files,
token first) is left out, so no dev text, nor text quoting it, is learnt from (GUM's biographies come from
Wikipedia). The count left out is written to stderr.
"""
import sys

N = 8


def grams(tokens):
    return {tuple(tokens[i:i + N]) for i in range(len(tokens) - N + 1)}


def dev_grams(paths):
    seen = set()
    for path in paths:
        sentence = []
        with open(path, encoding="utf-8") as conll:
            for raw in conll:
                columns = raw.split()
                if not columns or columns[0] == "-DOCSTART-":
                    seen |= grams(sentence)
                    sentence = []
                else:
                    sentence.append(columns[0])
        seen |= grams(sentence)
    return seen


def unescape(cell):
    return cell.replace("\\\\", "\\")


def documents(rows):
    current, sentences, sentence, number = None, [], [], None
    for row in rows:
        name, index, _, _, text = row.rstrip("\n").split("\t")
        if name != current or index != number:
            if sentence:
                sentences.append(sentence)
            sentence, number = [], index
        if name != current:
            if sentences:
                yield current, sentences
            current, sentences = name, []
        sentence.append(unescape(text))
    if sentence:
        sentences.append(sentence)
    if sentences:
        yield current, sentences


def main():
    dev = dev_grams(sys.argv[1:])
    rows = sys.stdin
    next(rows)  # header
    out = sys.stdout
    kept = dropped = tokens = 0
    for _, sentences in documents(rows):
        if sum(len(grams(s) & dev) > 0 for s in sentences) >= 2:
            dropped += 1
            continue
        kept += 1
        out.write("-DOCSTART- O\n\n")
        for sentence in sentences:
            for token in sentence:
                if token.split() != [token]:
                    token = "_"
                out.write(f"{token} O\n")
                tokens += 1
            out.write("\n")
    print(f"{kept} documents, {tokens} tokens; {dropped} sharing text with a dev file left out", file=sys.stderr)


if __name__ == "__main__":
    main()
