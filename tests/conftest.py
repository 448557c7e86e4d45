"""Shared fixtures: the demo export, AppTest, and a real server driven by Chromium."""

from __future__ import annotations

import functools
import os
import runpy
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from dashboard.ui import panels

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "data"
APP = str(ROOT / "dashboard" / "app.py")
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Browser tests first: they are the longest, so the workers (pytest-xdist) start on
    them and end on the many short ones together, rather than one waiting on the other."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is None)


@pytest.fixture(scope="session", autouse=True)
def scan_components_once() -> Iterator[None]:
    """Scan the installed packages for Streamlit components once per test process.

    Every fresh AppTest reads the metadata of every installed distribution looking for
    v2 component manifests (0.2-0.4 s each, a third of a short page test). The packages
    cannot change during a run, so the real scan runs once and its result is reused.
    """
    from streamlit.components.v2 import manifest_scanner

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            manifest_scanner,
            "scan_component_manifests",
            functools.cache(manifest_scanner.scan_component_manifests),
        )
        yield


@pytest.fixture
def data_dir(monkeypatch, tmp_path) -> callable:
    """Point the app at an export folder (the demo by default), never at `var/`.

    The loaded export stays in `st.cache_resource` after the test: the cache is keyed by
    the folder and the name, size and mtime of each of its files, and every test's own
    folders are new paths, so the next test reuses the demo instead of reloading it.
    """

    def use(folder: Path = DEMO) -> Path:
        monkeypatch.setenv("CSR_DATA_DIR", str(folder))
        monkeypatch.setenv("CSR_HOME", str(tmp_path / "home"))
        return folder

    use()
    return use


@pytest.fixture
def app(data_dir) -> callable:
    """A fresh AppTest of the whole app, with URL parameters."""

    def make(page: str | None = None, /, **params: str) -> AppTest:
        """The app opened at `page` (a file under dashboard/, e.g. "views/projects.py";
        the Overview when None) with these URL parameters, as a link opens it."""
        at = AppTest.from_file(APP, default_timeout=60)
        for name, value in params.items():
            at.query_params[name] = value
        if page is not None:
            at.switch_page(page)
        return at.run()

    return make


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(
    data: Path | None,
    home: Path,
    secrets: Path | None = None,
    port: int | None = None,
    app: Path | str = APP,
) -> tuple[subprocess.Popen, str]:
    """`streamlit run` on a free loopback port, ready when its health check says ok.

    `data` None: no CSR_DATA_DIR, so the app shows what is published in `home` (or the
    demo) and a coordinator may publish; `secrets`: a secrets.toml of the test's own;
    `app`: another app than the dashboard (the benchmark's naive one).
    """
    port = port or _free_port()
    env = {k: v for k, v in os.environ.items() if k != "CSR_DATA_DIR"} | {"CSR_HOME": str(home)}
    if data is not None:
        env["CSR_DATA_DIR"] = str(data)
    # never the developer's own secrets: an empty file unless the test brings one
    home.mkdir(parents=True, exist_ok=True)
    secrets = secrets or home / "no-secrets.toml"
    secrets.touch()
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(app), "--server.headless", "true",
         "--server.address", "127.0.0.1", "--server.port", str(port),
         "--server.fileWatcherType", "none", "--browser.gatherUsageStats", "false",
         "--secrets.files", str(secrets)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    wait_for(f"{url}/_stcore/health", proc)
    return proc, url


def wait_for(url: str, proc: subprocess.Popen) -> None:
    """Poll `url` until it answers 200 (60 s at most)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as reply:
                if reply.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError(f"{url} did not answer")


@pytest.fixture(scope="session")
def server(tmp_path_factory) -> Iterator[str]:
    proc, url = start_server(DEMO, tmp_path_factory.mktemp("home"))
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A tab in an en-US browser: Italian figures must not depend on it."""
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="en-US")
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def csv_files(monkeypatch) -> list[bytes]:
    """Every CSV the pages build for their download buttons, as built."""
    built: list[bytes] = []
    real = panels.csv_bytes

    def record(table, lang):
        data = real(table, lang)
        built.append(data)
        return data

    monkeypatch.setattr(panels, "csv_bytes", record)
    # a CSV is built when its button is clicked, which AppTest cannot do: build it now
    button = st.download_button

    def built_now(label, data=None, *args, **kwargs):
        if callable(data) and kwargs.get("mime") == "text/csv":
            data = data()
        return button(label, data, *args, **kwargs)

    monkeypatch.setattr(st, "download_button", built_now)
    return built


@pytest.fixture
def run_module(monkeypatch, capsys) -> callable:
    """`python -m MODULE ARGS…` in this process: the module's own `__main__` code with these
    arguments, reported as a finished process reports it (exit code, stdout, stderr).
    `data_dir` sets CSR_DATA_DIR, unset otherwise; `env` sets other variables, or removes
    them when None. An interpreter started for each case cost about a second; the tests
    that run a command as a job does keep a real process."""

    def run(
        module: str,
        *args: str,
        data_dir: Path | None = None,
        env: dict[str, str | None] | None = None,
    ) -> subprocess.CompletedProcess:
        env = {"CSR_DATA_DIR": None if data_dir is None else str(data_dir), **(env or {})}
        for name, value in env.items():
            if value is None:
                monkeypatch.delenv(name, raising=False)
            else:
                monkeypatch.setenv(name, value)
        monkeypatch.setattr(sys, "argv", [module, *args])
        code = 0
        try:
            runpy.run_module(module, run_name="__main__")
        except SystemExit as stop:  # the command's own exit, or argparse's refusal
            code = stop.code
        printed = capsys.readouterr()
        return subprocess.CompletedProcess([module, *args], code, printed.out, printed.err)

    return run
