#!/usr/bin/env python3
"""Picks the documents of one unlabeled text file for silver training data (build-silver.sh) and
writes them as `entity-extract --input-format jsonl` lines: {"id": ..., "text": ...}.

    python3 silver-text.py FILE PREFIX --stride K --doc-words N [--titled] > docs.jsonl

FILE is a ../shared/data/unlabeled file: articles separated by a blank line, one paragraph per line
(`--titled`: the first line is a title, left out: Reuters titles are upper case, the factbook's
are country names alone). Every K-th article is taken, from the first; of it, its leading
paragraphs until N words (whole paragraphs, the one that crosses N included), skipping
paragraphs that are mostly figures or shorter than six words (tables, price lists, the factbook's
semi-tabular lines), which say little about names; an article left with under 30 words is
skipped. The selection depends on the file and the arguments alone, so the output is the same
bytes on every run.
"""
import argparse
import json
import sys


def articles(path):
    lines = []
    with open(path, encoding="utf-8") as text:
        for raw in text:
            line = raw.rstrip("\n")
            if line.strip():
                lines.append(line.strip())
            elif lines:
                yield lines
                lines = []
    if lines:
        yield lines


def prose(paragraph):
    words = paragraph.split()
    if len(words) < 6:
        return False
    figures = sum(1 for w in words if any(c.isdigit() for c in w))
    return figures * 3 < len(words)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("prefix")
    parser.add_argument("--stride", type=int, required=True)
    parser.add_argument("--doc-words", type=int, required=True)
    parser.add_argument("--titled", action="store_true")
    args = parser.parse_args()
    total = 0
    out = sys.stdout
    for index, article in enumerate(articles(args.file)):
        if index % args.stride != 0:
            continue
        body = article[1:] if args.titled else article
        kept, words = [], 0
        for paragraph in body:
            if words >= args.doc_words:
                break
            if prose(paragraph):
                kept.append(paragraph)
                words += len(paragraph.split())
        if words < 30:
            continue
        out.write(json.dumps({"id": f"{args.prefix}-{index:05d}", "text": "\n\n".join(kept)}, ensure_ascii=False))
        out.write("\n")
        total += words
    print(f"{args.prefix}: {total} words", file=sys.stderr)


if __name__ == "__main__":
    main()
