"""import-json over mutated exports: every file is either imported whole or refused with a
known error, and a refused import leaves nothing behind. Never a traceback."""

from __future__ import annotations

import json
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentee_desktop.data.errors import StoreError
from mentee_desktop.data.json_io import import_file, write_export
from mentee_desktop.data.sample import add_sample
from mentee_desktop.data.store import open_store

NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def export_text(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("fuzz-source")
    db = open_store(folder / "data")
    add_sample(db, now=NOW, zone_name="Europe/Berlin")
    path = write_export(db, folder / "export.json", now=NOW)
    db.close()
    return path.read_text(encoding="utf-8")


hostile_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**80), max_value=2**80),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=20),
    st.sampled_from(["\ud800", "2026-13-45", "Mars/Olympus", "America", "", "\x00", "9" * 40]),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.sampled_from(["$base64", "x"]), st.text(max_size=8), max_size=2),
)


@st.composite
def mutations(draw, text: str) -> str:
    """An export with one or more records changed, or its text cut, flipped or nested."""
    kind = draw(st.sampled_from(["value", "drop-field", "add-field", "text", "nest", "table"]))
    if kind == "text":
        position = draw(st.integers(min_value=0, max_value=len(text) - 1))
        action = draw(st.sampled_from(["cut", "flip", "insert"]))
        if action == "cut":
            return text[:position]
        if action == "flip":
            return text[:position] + draw(st.characters()) + text[position + 1 :]
        return text[:position] + draw(st.text(max_size=5)) + text[position:]
    if kind == "nest":
        depth = draw(st.integers(min_value=10, max_value=50_000))
        return text.replace('"tables": {', '"deep": ' + "[" * depth + "]" * depth + ', "tables": {')
    document = json.loads(text)
    tables = document["tables"]
    filled = sorted(name for name, rows in tables.items() if rows)
    table = draw(st.sampled_from(filled))
    record = draw(st.sampled_from(tables[table]))
    field = draw(st.sampled_from(sorted(record)))
    if kind == "value":
        record[field] = draw(hostile_values)
    elif kind == "drop-field":
        del record[field]
    elif kind == "add-field":
        record[draw(st.text(max_size=8))] = draw(hostile_values)
    else:
        document[draw(st.sampled_from(["tables", "format_version", "schema_version"]))] = draw(
            hostile_values
        )
    return json.dumps(document, ensure_ascii=draw(st.booleans()))


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_a_mutated_export_is_imported_whole_or_refused_cleanly(export_text: str, data):
    text = data.draw(mutations(export_text))
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "mutated.json"
        source.write_text(text, encoding="utf-8", errors="surrogatepass")
        target = Path(scratch) / "data"
        try:
            counts = import_file(source, target)
        except StoreError:
            leftovers = sorted(p.name for p in target.iterdir()) if target.exists() else []
            assert leftovers == [], leftovers
            return
        db = open_store(target)
        try:
            for table, count in counts.items():
                stored = db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                assert stored == count, table
            assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        finally:
            db.close()
