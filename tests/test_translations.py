"""Translations of theme sheets: the scaffold, 'vertaling klaar', the checks, and real builds."""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from pathlib import Path


from conftest import build, make_project

WEGWIJS = [sys.executable, "-m", "wegwijs.cli"]
STALE_LINE = (
    "theme_sheets/nederlands-leren.ar.md:6:1: WW702 De Nederlandse fiche veranderde na deze vertaling."
)
#: A hash of an older version of the Dutch sheet: the translation was made before it changed.
OLD_HASH = "3f9a1c2b7d4e"


def make_stale(project: Path, name: str = "nederlands-leren.ar.md") -> None:
    path = project / "theme_sheets" / name
    path.write_text(re.sub(r"source_hash: \w+", f"source_hash: {OLD_HASH}", path.read_text("utf-8")), "utf-8")


def wegwijs(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*WEGWIJS, *args], cwd=project, capture_output=True, text=True, timeout=300)


def html_of(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


# -- Scaffold and stamp ---------------------------------------------------------------------------


def test_new_translation_has_the_dutch_text_per_section_and_the_current_hash(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    result = wegwijs(project, "new", "vertaling", "het-leefloon", "--lang", "fr")
    assert result.returncode == 0, result.stderr
    path = project / "theme_sheets" / "het-leefloon.fr.md"
    text = path.read_text(encoding="utf-8")
    dutch = (project / "theme_sheets" / "het-leefloon.md").read_text(encoding="utf-8")
    for heading in re.findall(r"^## .+$", dutch, re.M):
        assert f"<!-- Nederlands:\n{heading}\n" in text
    assert text.count("<!-- Nederlands:") == 6
    from wegwijs.content.source import read_document
    from wegwijs.translation.source_hash import source_hash

    current = source_hash(read_document(project / "theme_sheets" / "het-leefloon.md", "x"))
    assert f"\nsource_hash: {current}\n" in text
    # The scaffold builds: a fresh translation is not stale, and its comments are not shown.
    built = build(project)
    assert built.returncode == 0, built.stderr
    assert "het-leefloon.fr.md" not in built.stderr
    page = html_of(project / "site", "fr/fiches/het-leefloon")
    assert "Vertaal hier de tekst hierboven." in page and "Nederlands:" not in text_of(page)


def test_new_translation_never_overwrites(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    path = project / "theme_sheets" / "sociale-kruidenier.fr.md"
    before = path.read_bytes()
    result = wegwijs(project, "new", "vertaling", "sociale-kruidenier", "--lang", "fr")
    assert result.returncode == 1
    assert "bestaat al" in result.stderr and "Traceback" not in result.stderr
    assert path.read_bytes() == before
    unknown = wegwijs(project, "new", "vertaling", "sociale-kruidenier", "--lang", "xx")
    assert unknown.returncode == 1 and "De taal 'xx' kennen we niet" in unknown.stderr
    missing = wegwijs(project, "new", "vertaling", "bestaat-niet", "--lang", "fr")
    assert missing.returncode == 1 and "Er is geen fiche bestaat-niet.md" in missing.stderr


def test_vertaling_klaar_changes_only_the_hash_line(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    make_stale(project)
    path = project / "theme_sheets" / "nederlands-leren.ar.md"
    # Windows line ends and a byte order mark must survive too.
    original = ("\ufeff" + path.read_text(encoding="utf-8").replace("\n", "\r\n")).encode("utf-8")
    path.write_bytes(original)
    result = wegwijs(project, "vertaling", "klaar", "theme_sheets/nederlands-leren.ar.md")
    assert result.returncode == 0, result.stderr
    after = path.read_bytes()
    old_lines, new_lines = original.split(b"\r\n"), after.split(b"\r\n")
    assert len(old_lines) == len(new_lines)
    changed = [(a, b) for a, b in zip(old_lines, new_lines) if a != b]
    assert changed == [(f"source_hash: {OLD_HASH}".encode(), b"source_hash: 58ebcfae0ece")]
    again = wegwijs(project, "vertaling", "klaar", "theme_sheets/nederlands-leren.ar.md")
    assert "klopte al" in again.stdout and path.read_bytes() == after
    check = wegwijs(project, "check", "theme_sheets/nederlands-leren.ar.md")
    assert "WW702" not in check.stdout, check.stdout


# -- The checks -----------------------------------------------------------------------------------


TRANSLATION = """---
title: L'épicerie sociale
description: Un petit magasin à petit prix.
source_hash: {hash}
---

## Qu'est-ce que c'est ?

{body}
"""


def _current_hash(project: Path, slug: str) -> str:
    from wegwijs.content.source import read_document
    from wegwijs.translation.source_hash import source_hash

    return source_hash(read_document(project / "theme_sheets" / f"{slug}.md", "x"))


def test_check_runs_every_check_but_dutch_style_on_translations(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    make_stale(project)
    good = _current_hash(project, "sociale-kruidenier")
    sheets = project / "theme_sheets"
    long_body = "Ceci est une phrase française assez longue qui ne finit jamais vraiment. " * 80
    (sheets / "sociale-kruidenier.en.md").write_text(TRANSLATION.format(hash=good, body=long_body), "utf-8")
    (sheets / "sociale-kruidenier.tr.md").write_text(
        TRANSLATION.format(hash=good, body="Appelez le 0470 12 34 56 ou le 03 620 15 60.\n\n<script>alert(1)</script>"),
        "utf-8",
    )
    (sheets / "sociale-kruidenier.fra.md").write_text(TRANSLATION.format(hash=good, body="Bonjour."), "utf-8")
    (sheets / "bestaat-niet.fr.md").write_text(TRANSLATION.format(hash=good, body="Bonjour."), "utf-8")
    (sheets / "huurwaarborg.fr.md").write_text(
        "---\ntitle: La garantie locative\ndescription: Aide.\ncategory: gezondheid\nsourcehash: 1\n---\n\nTexte.\n",
        "utf-8",
    )
    result = wegwijs(project, "check", "theme_sheets")
    out = result.stdout
    assert result.returncode == 1, out
    assert "theme_sheets/sociale-kruidenier.en.md:6:1: WW703 Deze vertaling is" in out
    assert "theme_sheets/sociale-kruidenier.tr.md:9:12: WW706 Hier staat een telefoonnummer" in out
    assert "03 620 15 60" not in out.split("WW706", 1)[1].split("\n", 1)[0]  # the new number is masked only
    assert re.search(r"theme_sheets/sociale-kruidenier\.tr\.md:11:\d+: WW503", out)
    assert "theme_sheets/sociale-kruidenier.fra.md:1:1: WW700 De taal 'fra' kennen we niet" in out
    assert "Bedoel je 'fr'?" in out
    assert "theme_sheets/bestaat-niet.fr.md:1:1: WW701 Er is geen Nederlandse fiche 'bestaat-niet.md'" in out
    assert "theme_sheets/huurwaarborg.fr.md:4:1: WW704" in out
    assert "theme_sheets/huurwaarborg.fr.md:5:1: WW004 Het veld 'sourcehash' kennen we niet. Bedoel je 'source_hash'?" in out
    assert STALE_LINE in out
    # Never the Dutch readability rules on a translation; still on the Dutch sheets.
    assert not re.search(r"\.[a-z]{2,3}\.md:\d+:\d+: WW1\d\d", out), out
    assert "sociale-kruidenier.fra.md" in out and "De sociale kruidenier" not in out


def test_interface_strings_are_validated(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    strings = project / "talen" / "fr.yml"
    text = strings.read_text(encoding="utf-8")
    text = text.replace("  start: Accueil\n", "  strat: Accueil\n")
    text = text.replace("Retour à {categorie}", "Retour à la catégorie")
    strings.write_text(text, encoding="utf-8")
    (project / "talen" / "xx.yml").write_text("teksten:\n  start: X\n", encoding="utf-8")
    result = build(project)
    log = result.stderr
    assert result.returncode == 1, log
    assert re.search(r"talen/fr\.yml:\d+:3: WW004 Het veld 'strat' kennen we niet\. Bedoel je 'start'\?", log), log
    assert re.search(r"talen/fr\.yml:\d+:\d+: WW029 Deze tekst moet \{categorie\} hebben", log), log
    assert "talen/xx.yml:1:1: WW700 De taal 'xx' kennen we niet" in log
    assert "Traceback" not in log


# -- The site -------------------------------------------------------------------------------------


def test_translated_pages_have_their_language_direction_and_switch(example_site: Path) -> None:
    site = example_site / "site"
    fr = html_of(site, "fr/fiches/sociale-kruidenier")
    ar = html_of(site, "ar/fiches/sociale-kruidenier")
    nl = html_of(site, "fiches/sociale-kruidenier")
    assert '<html lang="fr" class="no-js">' in fr and '<body dir="ltr"' in fr
    assert '<html lang="ar" class="no-js" dir="rtl">' in ar and '<body dir="rtl"' in ar
    assert '<html lang="nl" class="no-js">' in nl
    for page in (fr, ar, nl):
        switch = re.search(r'<nav class="ww-languages".*?</nav>', page, re.S).group()
        names = re.findall(r'lang="(\w+)" dir="(?:ltr|rtl)">([^<]+)<', switch)
        assert names == [("nl", "Nederlands"), ("ar", "العربية"), ("fr", "Français")]
        assert switch.count('aria-current="page"') == 1
    assert 'href="../../../ar/fiches/sociale-kruidenier/" hreflang="ar"' in fr
    assert 'href="../../ar/fiches/sociale-kruidenier/" hreflang="ar"' in nl
    # Interface in the page's language, from talen/<code>.yml; Material's own strings too.
    assert "<h2 id=\"ww-contact-title\">Contact</h2>" in fr and "<dt>Téléphone</dt>" in fr
    assert "<dt>الهاتف</dt>" in ar and "Service social" in fr
    assert "L'épicerie sociale" in fr and "Retour à l'accueil" not in fr  # kiosk bar: kiosk only
    assert 'placeholder="Rechercher"' in fr
    # A sheet without translations has no switch.
    assert "ww-languages" not in html_of(site, "fiches/het-leefloon")


def test_phone_numbers_stay_left_to_right_in_arabic(example_site: Path) -> None:
    ar = html_of(example_site / "site", "ar/fiches/sociale-kruidenier")
    assert "اتصل بالرقم <bdi dir=\"ltr\">03 620 15 60</bdi>." in ar
    assert '<dd><bdi dir="ltr"><a href="tel:036201560">03 620 15 60</a></bdi></dd>' in ar
    assert '<nav class="md-nav md-nav--primary" lang="nl"' in ar  # the Dutch menu is marked Dutch


def test_the_menu_shows_start_and_categories_in_the_page_language(example_site: Path) -> None:
    site = example_site / "site"
    fr = html_of(site, "fr/fiches/sociale-kruidenier")
    menu = re.search(r'<nav class="md-nav md-nav--primary" lang="nl".*?</nav>', fr, re.S).group()
    # Entries in French lead to the French pages and say they are French; the rest stays Dutch.
    assert '<a href="../../" class="md-nav__link" lang="fr" dir="ltr">' in menu
    assert '<a href="../../categorie/gezondheid/" class="md-nav__link" lang="fr" dir="ltr">' in menu
    assert "Santé" in text_of(menu) and "Accueil" in text_of(menu) and "Woordenlijst" in text_of(menu)
    assert "Gezondheid" not in text_of(menu)
    assert "aria-current" not in menu  # a sheet is not in the menu: no entry is this page
    ar = html_of(site, "ar/categorie/gezondheid")
    assert '<a href="../../" class="md-nav__link" lang="ar" dir="rtl">' in ar and "الصحة" in ar
    # The page's own entry is marked as Material marks it on Dutch pages, and for a screen reader.
    ar_menu = re.search(r'<nav class="md-nav md-nav--primary" lang="nl".*?</nav>', ar, re.S).group()
    assert ar_menu.count('aria-current="page"') == 1
    assert '<a href="./" class="md-nav__link md-nav__link--active" aria-current="page" lang="ar" dir="rtl">' in ar_menu
    nl = html_of(site, "fiches/sociale-kruidenier")
    menu = re.search(r'<nav class="md-nav md-nav--primary".*?</nav>', nl, re.S).group()
    assert "Gezondheid" in text_of(menu) and "Santé" not in text_of(menu) and 'lang="fr"' not in menu


def test_stale_translation_warns_and_says_so_in_its_language(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    make_stale(project)
    strict = build(project, "--strict")
    assert strict.returncode == 1
    assert STALE_LINE in strict.stderr
    assert [l for l in strict.stderr.splitlines() if "WARNING" in l and "wegwijs" in l] == [
        l for l in strict.stderr.splitlines() if "WW702" in l
    ]
    relaxed = build(project)
    assert relaxed.returncode == 0, relaxed.stderr
    site = project / "site"
    ar = html_of(site, "ar/fiches/nederlands-leren")
    note = re.search(r'<div class="ww-translation ww-translation--stale".*?</div>', ar, re.S).group()
    assert "الورقة الهولندية أحدث من هذه الترجمة" in note
    assert 'href="../../../fiches/nederlands-leren/" hreflang="nl"' in note
    assert "data-ww-stale" not in html_of(site, "fr/fiches/nederlands-leren")


def test_editing_the_dutch_sheet_makes_its_translations_stale(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    sources = {p: p.read_bytes() for p in (project / "theme_sheets").glob("*.*.md")}
    assert build(project, "--strict").returncode == 0
    dutch = project / "theme_sheets" / "sociale-kruidenier.md"
    dutch.write_text(dutch.read_text(encoding="utf-8").replace("Alles is goedkoper", "Bijna alles is goedkoper"), "utf-8")
    result = build(project)
    assert result.returncode == 0, result.stderr
    stale = sorted(re.findall(r"(theme_sheets/sociale-kruidenier\.\w+\.md:\d+:1): WW702", result.stderr))
    assert stale == ["theme_sheets/sociale-kruidenier.ar.md:6:1", "theme_sheets/sociale-kruidenier.fr.md:6:1"]
    assert "data-ww-stale" in html_of(project / "site", "fr/fiches/sociale-kruidenier")
    assert "La fiche en néerlandais est plus récente" in html_of(project / "site", "fr/fiches/sociale-kruidenier")
    assert all(p.read_bytes() == content for p, content in sources.items())  # a build never writes a source


def test_language_home_and_category_pages(example_site: Path) -> None:
    site = example_site / "site"
    home = html_of(site, "fr")
    # Template values are escaped at the output, so the apostrophe is &#39; in the HTML.
    assert '<html lang="fr"' in home and "L'aide du CPAS" in html.unescape(home)
    assert 'href="categorie/eten-en-vrije-tijd/"' in home and "Alimentation et loisirs" in home
    category = html_of(site, "fr/categorie/eten-en-vrije-tijd")
    assert 'href="../../fiches/sociale-kruidenier/"' in category
    # Sheets not translated yet are listed in Dutch, marked as Dutch.
    assert re.search(r'href="../../../fiches/uitpas-met-kansentarief/" hreflang="nl" lang="nl"', category)
    start = html_of(site, "")
    choice = re.search(r'<nav class="ww-language-choice".*?</nav>', start, re.S).group()
    assert re.findall(r'lang="(\w+)"[^>]*>([^<]+)</a>', choice) == [
        ("nl", "Nederlands"), ("ar", "العربية"), ("fr", "Français")
    ]


def test_a_language_without_interface_texts_falls_back_to_dutch_with_a_note(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    good = _current_hash(project, "sociale-kruidenier")
    (project / "theme_sheets" / "sociale-kruidenier.ro.md").write_text(
        TRANSLATION.format(hash=good, body="Băcănia socială este un magazin mic."), "utf-8"
    )
    result = build(project)
    assert result.returncode == 0, result.stderr
    site = project / "site"
    sheet = html_of(site, "ro/fiches/sociale-kruidenier")
    assert '<html lang="ro"' in sheet and '<nav class="ww-path" aria-label="Je bent hier" lang="nl">' in sheet
    home = html_of(site, "ro")
    assert '<html lang="nl"' in home
    assert '<span lang="ro" dir="ltr">Română</span>: deze pagina is nog niet vertaald.' in home


def test_readability_report_leaves_translations_out(example_site: Path) -> None:
    data = json.loads((example_site / "site" / "readability.json").read_text(encoding="utf-8"))
    paths = [page["path"] for page in data["pages"]]
    assert "theme_sheets/sociale-kruidenier.md" in paths
    assert not [p for p in paths if re.search(r"\.\w\w\.md$", p)]


def test_the_kiosk_offers_the_languages_and_speaks_the_page_language(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    result = build(project, config="mkdocs-kiosk.yml")
    assert result.returncode == 0, result.stderr
    kiosk = project / "site-kiosk"
    assert 'class="ww-language-choice__button"' in html_of(kiosk, "")
    fr = html_of(kiosk, "fr/fiches/sociale-kruidenier")
    assert "<span>Lire à voix haute</span>" in fr and "Êtes-vous encore là ?" in fr
    assert "Dans <span data-ww-idle-count>30</span> secondes" in fr
    assert '<span>Retour à Alimentation et loisirs</span>' in fr
    assert 'data-home="../../.."' in fr  # the idle reset goes to the Dutch start page
    js = (kiosk / "assets" / "wegwijs" / "kiosk.js").read_text(encoding="utf-8")
    assert "document.documentElement.lang" in js


def test_a_brochure_language_needs_a_translation_of_one_brochure_sheet(tmp_path: Path) -> None:
    from wegwijs.project import load_project
    from wegwijs.translation.collection import brochure_languages, load_translations

    project_dir = make_project(tmp_path)
    project, _ = load_project(project_dir / "mkdocs.yml")
    settings = project.settings

    def languages() -> list[str]:
        translations = load_translations(
            settings.theme_sheets_dir, settings.project_dir, project.sheet, settings.category_ids
        )
        return [language.code for language in brochure_languages(translations, sheets)]

    sheets = ["sociale-kruidenier", "het-leefloon"]
    assert languages() == ["ar", "fr"]
    make_stale(project_dir)  # a stale translation stays in, marked (wegwijs.brochure.translated)
    sheets.remove("sociale-kruidenier")
    assert languages() == []  # 'het-leefloon' has no translation


def test_dutch_texts_are_read_again_only_when_their_file_changes(tmp_path: Path, monkeypatch) -> None:
    """One read per version of nl.yml: cached across pages, fresh after an edit during `mkdocs serve`."""
    import os

    from wegwijs.translation import strings

    source = tmp_path / "nl.yml"
    source.write_text("teksten:\n  zoeken: Zoeken\n", encoding="utf-8")
    monkeypatch.setattr(strings, "_DUTCH", source)
    reads: list[str] = []
    real_read = strings.Path.read_text

    def counting_read(self, *args, **kwargs):
        if self == source:
            reads.append(str(self))
        return real_read(self, *args, **kwargs)

    monkeypatch.setattr(strings.Path, "read_text", counting_read)
    first = strings.dutch()
    first["zoeken"] = "changed by a caller"
    assert strings.dutch() == {"zoeken": "Zoeken"}
    assert len(reads) == 1
    source.write_text("teksten:\n  zoeken: Wat zoek je?\n", encoding="utf-8")
    stat = source.stat()
    os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert strings.dutch() == {"zoeken": "Wat zoek je?"}
    assert len(reads) == 2
