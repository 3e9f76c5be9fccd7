"""20 concurrent checks of the example nota against one ``beleidstaal web`` server.

Starts ``beleidstaal web`` in a subprocess on a free port, waits for /health, then sends N requests at the same
time to POST /api/check (the nota as a multipart upload) and reports every status and the median and 95th
percentile response times. Two rounds:

- ``same``: N times the same nota (after the first, the paragraph cache answers the parse);
- ``different``: N variants of the nota, each paragraph changed, so every request is parsed from scratch.

Usage: python bench/web_concurrency.py [--n 20] [--file voorbeelden/beleidsnota.md] [--round same|different|both]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def variant(text: str, i: int) -> str:
    """The nota with every prose paragraph changed a little, so the analysis cache cannot answer."""
    out = []
    for block in text.split("\n\n"):
        if block and block[0].isalpha():
            block = f"In versie {i} geldt dit. {block}"
        out.append(block)
    return "\n\n".join(out)


async def one(client: httpx.AsyncClient, url: str, name: str, data: bytes) -> tuple[int, float, int]:
    start = time.perf_counter()
    r = await client.post(url + "/api/check", files={"file": (name, data, "text/markdown")})
    elapsed = time.perf_counter() - start
    findings = len(r.json().get("findings", [])) if r.status_code == 200 else -1
    return r.status_code, elapsed, findings


async def run_round(url: str, name: str, payloads: list[bytes]) -> list[tuple[int, float, int]]:
    async with httpx.AsyncClient(timeout=600) as client:
        return await asyncio.gather(*(one(client, url, name, p) for p in payloads))


def report(label: str, results: list[tuple[int, float, int]], wall: float) -> bool:
    times = [t for _, t, _ in results]
    ok = sum(1 for s, _, _ in results if s == 200)
    statuses = sorted({s for s, _, _ in results})
    findings = sorted({f for _, _, f in results})
    print(
        f"[{label}] {len(results)} gelijktijdige controles: {ok} geslaagd (HTTP {statuses}), meldingen per antwoord {findings}"
    )
    print(
        f"[{label}] mediaan {statistics.median(times):.2f} s, p95 {percentile(times, 95):.2f} s, "
        f"snelste {min(times):.2f} s, traagste {max(times):.2f} s, alles samen {wall:.2f} s"
    )
    return ok == len(results)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20)
    parser.add_argument("--file", default=str(ROOT / "voorbeelden" / "beleidsnota.md"))
    parser.add_argument("--round", choices=("same", "different", "both"), default="both")
    args = parser.parse_args()

    path = Path(args.file)
    text = path.read_text(encoding="utf-8")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    server = subprocess.Popen(
        [sys.executable, "-c", "from beleidstaal.cli import main; main()", "web", "--no-browser", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, cwd=ROOT, text=True,
    )  # fmt: skip
    try:
        started = time.perf_counter()
        while True:
            if server.poll() is not None:
                print(server.stdout.read() if server.stdout else "", file=sys.stderr)
                print("De server startte niet.", file=sys.stderr)
                return 2
            try:
                if httpx.get(url + "/health", timeout=2).text == "ok":
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        print(f"Server klaar na {time.perf_counter() - started:.1f} s (taalmodel geladen) op {url}")
        print(
            f"Bestand: {path.name}, {len(text.split())} woorden; {os.cpu_count()} CPU-kernen op deze machine"
        )
        all_ok = True
        rounds = ("same", "different") if args.round == "both" else (args.round,)
        for label in rounds:
            if label == "same":
                payloads = [text.encode("utf-8")] * args.n
            else:
                payloads = [variant(text, i).encode("utf-8") for i in range(args.n)]
            t0 = time.perf_counter()
            results = asyncio.run(run_round(url, re.sub(r"[^\w.-]", "_", path.name), payloads))
            all_ok &= report(label, results, time.perf_counter() - t0)
        health = httpx.get(url + "/health", timeout=5).text
        print(f"/health daarna: {health}")
        return 0 if all_ok and health == "ok" else 1
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    raise SystemExit(main())
