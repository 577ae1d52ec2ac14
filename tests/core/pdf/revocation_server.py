#!/usr/bin/python3
"""A local OCSP responder and CRL distribution point for the tests: openssl ocsp behind http.server.

Usage: revocation_server.py WORKDIR. WORKDIR holds ca.pem and ca.key (the issuing CA), index.txt
(openssl's certificate index: V or R lines), ca.crl (DER), and other.pem / other.key (a key the CA
never authorised). Listens on 127.0.0.1 on a free port and prints the port on its first output
line. POST /ocsp answers with the CA's key, POST /ocsp-other with the unauthorised key, GET /crl
serves ca.crl, GET /html a web page. Stops on stdin EOF or SIGTERM."""
import http.server
import os
import subprocess
import sys
import tempfile
import threading

WORKDIR = sys.argv[1]
LOCK = threading.Lock()


def ocsp(query, signer):
    with LOCK, tempfile.TemporaryDirectory(dir=WORKDIR) as tmp:
        qpath, rpath = os.path.join(tmp, "q.der"), os.path.join(tmp, "r.der")
        with open(qpath, "wb") as f:
            f.write(query)
        subprocess.run(["openssl", "ocsp", "-index", os.path.join(WORKDIR, "index.txt"),
                        "-CA", os.path.join(WORKDIR, "ca.pem"),
                        "-rsigner", os.path.join(WORKDIR, signer + ".pem"),
                        "-rkey", os.path.join(WORKDIR, signer + ".key"),
                        "-reqin", qpath, "-respout", rpath, "-ndays", "1"],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(rpath, "rb") as f:
            return f.read()


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send(self, code, ctype, body):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        length = min(int(self.headers.get("Content-Length", "0")), 65536)
        query = self.rfile.read(length)
        try:
            if self.path == "/ocsp":
                self.send(200, "application/ocsp-response", ocsp(query, "ca"))
            elif self.path == "/ocsp-other":
                self.send(200, "application/ocsp-response", ocsp(query, "other"))
            else:
                self.send(404, "text/plain", b"not here")
        except (BrokenPipeError, ConnectionResetError):
            pass

    def do_GET(self):
        try:
            if self.path == "/crl":
                with open(os.path.join(WORKDIR, "ca.crl"), "rb") as f:
                    self.send(200, "application/pkix-crl", f.read())
            elif self.path == "/html":
                self.send(200, "text/html", b"<html>not a CRL</html>")
            else:
                self.send(404, "text/plain", b"not here")
        except (BrokenPipeError, ConnectionResetError):
            pass


def main():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    sys.stdin.read()
    server.shutdown()


if __name__ == "__main__":
    main()
