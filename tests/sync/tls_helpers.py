"""A private certificate authority and a server certificate for 127.0.0.1, made with the
openssl tool for one test: what a company's own CA and its Odoo's certificate look like."""

from __future__ import annotations

import ssl
import subprocess
from dataclasses import dataclass
from pathlib import Path

CA = "/CN=Store Test CA"


@dataclass(frozen=True)
class TestCertificates:
    ca: Path  # what IT names in odoo.ca_bundle
    cert: Path
    key: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.cert, self.key)
        return context


def make_certificates(folder: Path) -> TestCertificates:
    """ca.pem signs server.pem (valid two days, for 127.0.0.1 and localhost)."""

    def run(*args: str) -> None:
        subprocess.run(["openssl", *args], check=True, capture_output=True, cwd=folder)

    folder.mkdir(parents=True, exist_ok=True)
    new_key = ("-newkey", "rsa:2048", "-nodes")
    run("req", "-x509", *new_key, "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", CA)
    run("req", *new_key, "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=localhost")
    (folder / "san.cnf").write_text("subjectAltName=IP:127.0.0.1,DNS:localhost\n")
    run(
        "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
        "-CAcreateserial", "-out", "server.pem", "-days", "2", "-extfile", "san.cnf",
    )  # fmt: skip
    return TestCertificates(folder / "ca.pem", folder / "server.pem", folder / "server.key")
