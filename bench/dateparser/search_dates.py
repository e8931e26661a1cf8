"""The Python side of bench/dateparser: dateparser's search_dates over the same sentences.

Sentences a second, warm (a first pass over every sentence, untimed), the best of PASSES timed
passes, as SentenceRate reports the Java side. languages=['bn'] tells dateparser the language,
so it does not detect it per call (which is slower): the fair, fast setting.

    python search_dates.py SENTENCES.txt [PASSES]
"""
import sys
import time

import dateparser
from dateparser.search import search_dates


def main():
    sentences = [line.rstrip("\n") for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
    passes = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    for s in sentences:
        search_dates(s, languages=["bn"])
    best = float("inf")
    found = 0
    for _ in range(passes):
        t0 = time.perf_counter()
        found = 0
        for s in sentences:
            r = search_dates(s, languages=["bn"])
            found += len(r) if r else 0
        best = min(best, time.perf_counter() - t0)
    print(f"dateparser {dateparser.__version__} sentences {len(sentences)} seconds {best:.3f} "
          f"sentences/s {len(sentences) / best:.0f} dates {found}")


if __name__ == "__main__":
    main()
