"""Language server latency: time from ``didChange`` of one paragraph in a 10,000-word document to the
``publishDiagnostics`` for that version.

Usage: python bench/lsp_latency.py [--words 10000] [--edits 40] [--debounce-ms 0]

The server is started as ``python -m beleidstaal lsp`` and driven by a real LSP client (pygls, via pytest-lsp).
With ``--debounce-ms 0`` (the default here) the number is the server's own work: applying the edit, re-parsing
the changed paragraph, running every rule over the whole document and sending the diagnostics. In an editor the
debounce time (default 300 ms) comes on top of it. Text: sentences from the UD Dutch treebanks in ../shared
(read at run time, not stored in the repo); without them a built-in set of policy-style sentences.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from lsprotocol import types
from pytest_lsp import ClientServerConfig, client_capabilities

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

FALLBACK = [
    "De gemeente wil dat alle inwoners mee kunnen doen.",
    "Middels deze nota leggen wij het nieuwe beleid vast.",
    "Het besluit wordt door het college genomen na overleg met de raad.",
    "Jongeren krijgen hulp bij het vinden van werk of een opleiding.",
    "In het kader van de uitvoering worden extra middelen beschikbaar gesteld.",
    "Wij gaan in gesprek met bewoners over de plannen voor de wijk.",
    "De kosten van het project vallen hoger uit dan verwacht.",
    "Daarom vragen wij de raad om een extra krediet.",
]


def sentences() -> list[str]:
    out: list[str] = []
    for f in sorted((SHARED / "ud-dutch").glob("**/*-ud-*.conllu")):
        try:
            for line in f.read_text(encoding="utf-8").splitlines():
                if line.startswith("# text = "):
                    s = line[len("# text = ") :].strip()
                    if 6 <= len(s.split()) <= 30:
                        out.append(s)
        except OSError:
            continue
        if len(out) > 20_000:
            break
    return out or FALLBACK


def build_document(pool: list[str], words: int, rng: random.Random) -> list[str]:
    """Markdown paragraphs (with a heading every ten paragraphs) of about ``words`` words in total."""
    paragraphs: list[str] = []
    total = 0
    while total < words:
        if len(paragraphs) % 10 == 0:
            paragraphs.append(f"## Hoofdstuk {len(paragraphs) // 10 + 1}")
        para = " ".join(rng.choice(pool) for _ in range(rng.randint(3, 6)))
        paragraphs.append(para)
        total += len(para.split())
    return paragraphs


def server_cpu_seconds(pid: int | None) -> float | None:
    """User + system CPU time of the server process and its threads (Linux /proc), or None."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, TypeError):
        return None


def position_of(text: str, offset: int) -> types.Position:
    line = text.count("\n", 0, offset)
    start = text.rfind("\n", 0, offset) + 1
    return types.Position(line=line, character=len(text[start:offset].encode("utf-16-le")) // 2)


async def start_client(*server_args: str):
    """The real server over stdio (one BLAS thread, as in an editor next to other work) and pytest-lsp's client,
    which accepts capability registrations as an editor does."""
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    command = [sys.executable, "-m", "beleidstaal", "lsp", *server_args]
    client = await ClientServerConfig(server_command=command, server_env=env).start()
    client.feature(types.CLIENT_REGISTER_CAPABILITY)(lambda ls, params: None)
    return client


async def open_document(client, folder: Path, name: str, text: str) -> tuple[str, float]:
    """Shake hands with ``folder`` as the workspace, then open ``text`` as a Markdown file; returns its URI and
    the time ``initialized`` was sent."""
    uri = (folder / name).as_uri()
    await client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities("visual-studio-code"), root_uri=folder.as_uri()
        )
    )
    t0 = time.perf_counter()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=text)
        )
    )
    return uri, t0


async def wait_for_version(client, uri: str, version: int, timeout: float = 120.0):
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        params = await asyncio.wait_for(
            client.wait_for_notification("textDocument/publishDiagnostics"), deadline - loop.time()
        )
        if params.uri == uri and params.version == version:
            return params


async def run(args) -> None:
    rng = random.Random(8)
    pool = sentences()
    paragraphs = build_document(pool, args.words, rng)
    text = "# Beleidsnota\n\n" + "\n\n".join(paragraphs) + "\n"
    words = len(text.split())
    client = await start_client("--debounce-ms", str(args.debounce_ms))
    with tempfile.TemporaryDirectory() as tmp:
        uri, t0 = await open_document(client, Path(tmp), "nota.md", text)
        first = await wait_for_version(client, uri, 1, timeout=600)
        cold = time.perf_counter() - t0
        print(f"document: {words} words, {len(paragraphs)} paragraphs, {len(text) // 1024} kB")
        print(
            f"first check (open, model warm-up included): {cold * 1000:.0f} ms, {len(first.diagnostics)} diagnostics"
        )

        latencies = []
        version = 1
        pid = client._server.pid if client._server else None
        cpu_before = server_cpu_seconds(pid)
        body = [i for i, p in enumerate(paragraphs) if not p.startswith("#")]
        for n in range(args.edits):
            k = rng.choice(body)
            old = paragraphs[k]
            new = old + " " + rng.choice(pool)
            start = text.index(old)
            rng_ = types.Range(start=position_of(text, start), end=position_of(text, start + len(old)))
            text = text[:start] + new + text[start + len(old) :]
            paragraphs[k] = new
            version += 1
            change = types.TextDocumentContentChangePartial(range=rng_, text=new)
            t0 = time.perf_counter()
            client.text_document_did_change(
                types.DidChangeTextDocumentParams(
                    text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                    content_changes=[change],
                )
            )
            await wait_for_version(client, uri, version)
            latencies.append((time.perf_counter() - t0) * 1000)
            if args.pause_ms:
                await asyncio.sleep(args.pause_ms / 1000)
            del n
        cpu = (cpu_before, server_cpu_seconds(pid))
        await client.shutdown_session()
        await client.stop()

    cpu_before, cpu_after = cpu
    latencies.sort()
    p95 = latencies[min(len(latencies) - 1, int(round(0.95 * (len(latencies) - 1))))]
    print(
        f"didChange of one paragraph -> publishDiagnostics, {len(latencies)} edits, debounce {args.debounce_ms} ms, "
        f"pause between edits {args.pause_ms} ms:"
    )
    print(
        f"  median {statistics.median(latencies):.0f} ms, p95 {p95:.0f} ms, min {latencies[0]:.0f} ms, max {latencies[-1]:.0f} ms"
    )
    if cpu_before is not None and cpu_after is not None:
        per_edit = (cpu_after - cpu_before) / len(latencies) * 1000
        print(f"  server CPU time per edit: {per_edit:.0f} ms (about the latency on an idle core)")
    print(f"  machine load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=10_000)
    parser.add_argument("--edits", type=int, default=40)
    parser.add_argument("--debounce-ms", type=int, default=0)
    parser.add_argument(
        "--pause-ms",
        type=int,
        default=0,
        help="wait this long between edits; above 1500 the whole-document rules run in between (typing in bursts)",
    )
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
