"""Text for the README, generated from the code by cog (``make readme``).

``tests/test_readme.py`` runs ``cog --check`` so the README's --help text and
schema cannot drift from the code.
"""

from __future__ import annotations

from click.testing import CliRunner

from ..archive.schema import EXACT_FTS_COLUMNS, TABLES, exact_fts_name


def cli_help(*command: str) -> str:
    from ..cli import cli

    result = CliRunner().invoke(cli, [*command, "--help"], prog_name="quotearchive", terminal_width=100)
    name = " ".join(["quotearchive", *command])
    return f"```\n$ {name} --help\n{result.output.rstrip()}\n```\n"


def schema_markdown() -> str:
    out = []
    for table in TABLES:
        pk = table.pk if isinstance(table.pk, str) else ", ".join(table.pk)
        out.append(f"### `{table.name}`\n\n{table.description} Primary key: `{pk}`.")
        if table.fts:
            out[-1] += f" Full-text search on {', '.join(f'`{c}`' for c in table.fts)}."
        if table.name in EXACT_FTS_COLUMNS:
            out[-1] += (f" Exact words (no other forms) on {', '.join(f'`{c}`' for c in EXACT_FTS_COLUMNS[table.name])}"
                        f" through `{exact_fts_name(table.name)}`, an unstemmed index.")
        out.append("\n| column | type | description |\n|---|---|---|")
        fks = {fk[0]: f" → `{fk[1]}.{fk[2]}`" for fk in table.foreign_keys}
        for c in table.columns:
            out.append(f"| `{c.name}` | {c.type.__name__} | {c.description}{fks.get(c.name, '')} |")
        out.append("")
    return "\n".join(out)


def formats_markdown() -> str:
    """One row per registered reader: its suffixes and the first line of its docstring."""
    from ..readers import PARTED, READERS

    by_reader: dict = {}
    for suffix, reader in READERS.items():
        by_reader.setdefault(reader, []).append(f"`{suffix}`")
    rows = ["| files | read as |", "|---|---|"]
    for reader, suffixes in by_reader.items():
        summary = (reader.__doc__ or "").strip().splitlines()[0].replace("``", "`")
        parted = next((PARTED[s.strip("`")] for s in suffixes if s.strip("`") in PARTED), None)
        if parted is not None:
            summary += f" A big file is read in parts of whole {parted.unit}s, spread over the workers: a file of any size streams through."
        rows.append(f"| {' '.join(suffixes)} | {summary} |")
    return "\n".join(rows) + "\n"
