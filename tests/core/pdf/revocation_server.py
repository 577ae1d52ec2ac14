#!/usr/bin/python3
"""A local OCSP responder and CRL distribution point for the tests: openssl ocsp behind http.server.

Usage: revocation_server.py WORKDIR. WORKDIR holds ca.pem and ca.key (the issuing CA), index.txt
(openssl's certificate index: V or R lines), ca.crl (DER), and other.pem / other.key (a key the CA
never authorised). Listens on 127.0.0.1 on a free port and prints the port on its first output
line. POST /ocsp answers with the CA's key, POST /ocsp-other with the unauthorised key, GET /crl
serves ca.crl, GET /html a web page. Stops on stdin EOF or SIGTERM."""
import os
import subprocess
import sys
import tempfile
import threading

from local_http import QuietHandler, serve

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


class Handler(QuietHandler):
    def do_POST(self):
        query = self.body()
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
    serve(Handler)


if __name__ == "__main__":
    main()
