"""What the training scripts (triage, company, role, stage) share: the splits they may
read, and how they ship.

``TRAIN_SPLITS`` is an allow-list: a split written blind stays out of every model until
it has been measured, then it is opened here, once, for all of them.
"""

from __future__ import annotations

from pathlib import Path

TRAIN_SPLITS = ("dev", "test", "holdout", "blind", "fresh", "fresh2", "fresh3", "fresh4",
                "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11",
                "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17",
                "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23",
                "fresh24", "fresh25", "fresh26", "fresh27", "fresh28", "fresh29",
                "fresh30", "fresh31", "fresh32", "fresh33", "fresh34",
                "fresh35", "fresh36", "fresh37", "fresh38", "fresh39",
                "fresh40", "fresh41", "fresh42", "fresh43", "fresh44",
                "fresh45", "fresh46", "fresh47", "fresh48", "fresh49",
                "fresh50", "fresh51", "fresh52", "fresh53", "fresh54",
                "fresh55", "fresh56", "fresh57", "fresh58", "fresh59",
                "fresh60", "fresh61", "fresh62", "fresh63", "fresh64",
                "fresh65", "fresh66", "fresh67", "fresh68", "fresh69",
                "fresh70", "fresh71", "fresh72", "fresh73", "fresh74",
                "fresh75", "fresh76", "fresh77", "fresh78", "fresh79",
                "fresh80", "fresh81", "fresh82", "fresh83", "fresh84",
                "fresh85", "fresh86", "fresh87", "fresh88", "fresh89",
                "fresh90", "fresh91", "fresh92", "fresh93", "fresh94",
                "fresh95", "fresh96", "fresh97", "fresh98", "fresh99",
                "fresh100", "fresh101", "fresh102", "fresh103", "fresh104",
                "fresh105", "fresh106", "fresh107", "fresh108", "fresh109",
                "fresh110",
                "fresh111", "fresh112", "fresh113", "fresh114", "fresh115",
                "fresh116", "fresh117", "fresh118", "fresh119", "fresh120",
                "fresh121", "fresh122", "fresh123", "fresh124", "fresh125",
                "fresh126", "fresh127", "fresh128", "fresh129", "fresh130",
                "fresh131", "fresh132", "fresh133", "fresh134", "fresh135",
                "fresh136", "fresh137", "fresh138", "fresh139", "fresh140",
                "fresh141", "fresh142", "fresh143", "fresh144", "fresh145",
                "fresh146", "fresh147", "fresh148", "fresh149", "fresh150",
                "fresh151", "fresh152", "fresh153", "fresh154", "fresh155",
                "fresh156", "fresh157", "fresh158", "fresh159", "fresh160",
                "fresh161", "fresh162", "fresh163", "fresh164", "fresh165",
                "fresh166", "fresh167", "fresh168", "fresh169", "fresh170",
                "fresh171", "fresh172", "fresh173", "fresh174", "fresh175",
                "fresh176", "fresh177", "fresh178", "fresh179", "fresh180",
                "fresh181", "fresh182", "fresh183", "fresh184", "fresh185",
                "fresh186", "fresh187", "fresh188", "fresh189", "fresh190",
                "fresh191", "fresh192", "fresh193", "fresh194", "fresh195",
                "fresh196", "fresh197", "fresh198", "fresh199", "fresh200",
                "fresh201", "fresh202", "fresh203", "fresh204", "fresh205",
                "fresh206", "fresh207", "fresh208", "fresh209", "fresh210",
                "fresh211", "fresh212", "fresh213", "fresh214", "fresh215",
                "fresh216", "fresh217", "fresh218", "fresh219", "fresh220",
                "fresh221", "fresh222", "fresh223", "fresh224", "fresh225",
                "fresh226", "fresh227", "fresh228", "fresh229", "fresh230",
                "fresh231", "fresh232", "fresh233", "fresh234", "fresh235",
                "fresh236", "fresh237", "fresh238", "fresh239", "fresh240",
                "fresh241", "fresh242", "fresh243", "fresh244", "fresh245",
                "fresh246", "fresh247", "fresh248", "fresh249", "fresh250", "fresh251", "fresh252", "fresh253", "fresh254", "fresh255",
                "fresh256", "fresh257", "fresh258", "fresh259", "fresh260",
                "fresh261", "fresh262", "fresh263", "fresh264", "fresh265",
                "fresh266", "fresh267", "fresh268", "fresh269", "fresh270",
                "fresh271", "fresh272", "fresh273", "fresh274", "fresh275",
                "fresh276", "fresh277", "fresh278", "fresh279", "fresh280",
                "fresh281", "fresh282", "fresh283", "fresh284", "fresh285",
                "fresh286", "fresh287", "fresh288", "fresh289", "fresh290",
                "fresh291", "fresh292", "fresh293", "fresh294", "fresh295",
                "fresh296", "fresh297", "fresh298", "fresh299", "fresh300",
                "fresh301", "fresh302", "fresh303", "fresh304", "fresh305",
                "fresh306", "fresh307", "fresh308", "fresh309", "fresh310",
                "fresh311", "fresh312", "fresh313", "fresh314", "fresh315",
                "fresh316", "fresh317", "fresh318", "fresh319", "fresh320",
                "fresh321", "fresh322", "fresh323", "fresh324", "fresh325",
                "fresh326", "fresh327", "fresh328", "fresh329", "fresh330",
                "fresh331", "fresh332", "fresh333", "fresh334", "fresh335",
                "fresh336", "fresh337", "fresh338", "fresh339", "fresh340",
                "fresh341", "fresh342", "fresh343", "fresh344", "fresh345",
                "fresh346", "fresh347", "fresh348", "fresh349", "fresh350",
                "fresh351", "fresh352", "fresh353", "fresh354", "fresh355",
                "fresh356", "fresh357", "fresh358", "fresh359", "fresh360",
                "fresh361", "fresh362", "fresh363", "fresh364", "fresh365")  # every split tuned on; a sealed split stays out


def ship(text: str, out: Path, *, check: bool) -> int:
    """Write the weights (exit 0), or with ``check`` compare them with the shipped file
    (exit 1 when a fresh run differs: someone edited them or forgot to retrain)."""
    if check:
        same = out.exists() and out.read_text(encoding="utf-8") == text
        print("shipped weights match a fresh training run" if same else
              f"{out} differs from a fresh training run: retrain")
        return 0 if same else 1
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out} ({len(text)} bytes)")
    return 0
