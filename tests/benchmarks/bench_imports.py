"""Contact import budgets: 10,000 distinct vCards within 3x vobject's own parse of the file,
and 20,000 contacts at one company within 2x the same number at different companies."""

from __future__ import annotations

import random
import time
from pathlib import Path

import vobject

FIRST = ["Ann", "Bob", "Chloé", "David", "Emma", "Farid", "Gina", "Hugo", "Inès", "Jonas",
         "Karin", "Léo", "Maya", "Nils", "Olga", "Paul", "Quentin", "Rosa", "Sami", "Tess"]
LAST = ["Durand", "Lee", "Martin", "Müller", "Novak", "Okafor", "Petit", "Rossi", "Sato",
        "Tanaka", "Uribe", "Vidal", "Weber", "Xu", "Young", "Zola", "Bauer", "Costa", "Dubois",
        "Evans", "Fischer", "García", "Haddad", "Ivanova", "Jensen"]


def _name(i: int) -> tuple[str, str, str]:
    """A distinct person for each i (no two alike enough to be taken for one), and a number."""
    draw = random.Random(i)
    first = draw.choice(FIRST)
    last = "".join(draw.choice("bcdfghjklmnprstvz") + draw.choice("aeiou") for _ in range(4))
    return first, f"{last.capitalize()}-{draw.choice(LAST)}", f"{i:06d}"


def vcards(count: int, company=lambda i: f"Company {i}") -> str:
    cards = []
    for i in range(count):
        first, last, number = _name(i)
        cards.append(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:bench-{number}\r\nN:{last};{first};;;\r\n"
            f"FN:{first} {last}\r\nORG:{company(i)}\r\n"
            f"EMAIL;TYPE=INTERNET:{first.lower()}.{number}@example.com\r\n"
            f"TEL;TYPE=CELL:+33 6 {number[:2]} {number[2:4]} {number[4:]} 1\r\n"
            f"ADR;TYPE=WORK:;;{i} rue de la Paix;Lyon;;69002;France\r\n"
            f"BDAY:19{60 + i % 40}-{i % 12 + 1:02d}-{i % 28 + 1:02d}\r\n"
            f"NOTE:Met at the fair\\, stand {i}\r\nCATEGORIES:craft,local\r\nEND:VCARD\r\n")
    return "".join(cards)


def _import_seconds(path: Path, folder: Path):
    from loyaltydesk.exchange.importer import apply_import, preview_import
    from loyaltydesk.services.session import close_data, open_data
    open_data(folder)
    try:
        started = time.perf_counter()
        summary = apply_import(preview_import(path))
        return time.perf_counter() - started, summary
    finally:
        close_data()


def test_importing_10000_vcards_against_vobject_parsing_them(tmp_path):
    from tests.benchmarks import budgets
    path = tmp_path / "phone.vcf"
    text = vcards(10_000)
    path.write_text(text, encoding="utf-8")
    started = time.perf_counter()
    parsed = sum(1 for _ in vobject.readComponents(path.read_text(encoding="utf-8")))
    reference = time.perf_counter() - started
    seconds, summary = _import_seconds(path, tmp_path / "book")
    described = summary.describe()
    assert parsed == 10_000 and described.startswith("10000 added, 0 merged")
    budget = budgets.ratio_budget("import 10,000 vCards (vs vobject parse)", seconds * 1000,
                                  reference * 1000, 3, note=described)
    assert budget.passed, budget


def test_contacts_of_one_company_import_as_fast_as_of_many(tmp_path):
    from tests.benchmarks import budgets
    many, one = tmp_path / "many.vcf", tmp_path / "one.vcf"
    many.write_text(vcards(20_000), encoding="utf-8")
    one.write_text(vcards(20_000, company=lambda i: "Globex Corporation"), encoding="utf-8")
    reference, spread = _import_seconds(many, tmp_path / "many")
    seconds, shared = _import_seconds(one, tmp_path / "one")
    assert spread.added == 20_000
    # a few random names are alike enough at one company to be taken for one person
    assert shared.added + shared.merged == 20_000 and shared.merged < 200
    budget = budgets.ratio_budget("import 20,000 contacts of one company (vs many)",
                                  seconds * 1000, reference * 1000, 2,
                                  note=shared.describe())
    assert budget.passed, budget
