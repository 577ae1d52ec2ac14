#!/usr/bin/python3
"""A local RFC 3161 timestamp authority for the tests: openssl ts -reply behind http.server.

Usage: tsa_server.py CONFIG WORKDIR. Listens on 127.0.0.1 on a free port and prints the port on
its first output line. Paths: /ok, /slow (answers after 5 s), /error (status rejection),
/other-imprint (a token over another imprint), /http500, /html. Stops on stdin EOF or SIGTERM."""
import os
import subprocess
import sys
import tempfile
import threading

from local_http import QuietHandler, serve
import time

CONFIG, WORKDIR = sys.argv[1], sys.argv[2]
LOCK = threading.Lock()


def reply(query):
    with LOCK, tempfile.TemporaryDirectory(dir=WORKDIR) as tmp:
        qpath, rpath = os.path.join(tmp, "q.tsq"), os.path.join(tmp, "r.tsr")
        with open(qpath, "wb") as f:
            f.write(query)
        subprocess.run(["openssl", "ts", "-reply", "-config", CONFIG, "-queryfile", qpath, "-out", rpath],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(rpath, "rb") as f:
            return f.read()


class Handler(QuietHandler):
    def do_POST(self):
        query = bytearray(self.body())
        path = self.path
        try:
            if path == "/slow":
                time.sleep(5)
                self.send(200, "application/timestamp-reply", reply(bytes(query)))
            elif path == "/error":
                # TimeStampResp { PKIStatusInfo { status rejection(2) } }
                self.send(200, "application/timestamp-reply", bytes.fromhex("3005300302010" + "2"))
            elif path == "/other-imprint":
                at = query.find(b"\x04\x20")
                query[at + 2] ^= 0xFF
                self.send(200, "application/timestamp-reply", reply(bytes(query)))
            elif path == "/http500":
                self.send(500, "text/plain", b"internal error")
            elif path == "/html":
                self.send(200, "text/html", b"<html>not a TSA</html>")
            else:
                self.send(200, "application/timestamp-reply", reply(bytes(query)))
        except (BrokenPipeError, ConnectionResetError):
            pass


def main():
    serve(Handler)


if __name__ == "__main__":
    main()
