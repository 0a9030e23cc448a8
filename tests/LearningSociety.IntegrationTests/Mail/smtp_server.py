"""A real SMTP server for the integration tests (Debian's python3-aiosmtpd).

STARTTLS is required before anything else and AUTH LOGIN/PLAIN with one test account before MAIL.
Each accepted message is written to OUT as NNNNN.eml: the bytes as received, preceded by what the
server saw (the envelope, the authenticated user, TLS), the way an MTA adds trace headers.

Usage: smtp_server.py PORT CERT KEY USER PASSWORD OUT. Prints READY once it accepts connections and
runs until stdin closes or the process is killed.
"""
import os
import ssl
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

port, cert, key, user, password, out = sys.argv[1:7]
os.makedirs(out, exist_ok=True)
lock = threading.Lock()


def authenticate(server, session, envelope, mechanism, auth_data):
    ok = (isinstance(auth_data, LoginPassword)
          and auth_data.login.decode() == user and auth_data.password.decode() == password)
    # handled=False: aiosmtpd answers 535 itself (with True it would leave the client waiting).
    return AuthResult(success=ok, handled=False, auth_data=user if ok else None)


class Folder:
    async def handle_DATA(self, server, session, envelope):
        trace = (
            f"X-Test-Envelope-From: {envelope.mail_from}\r\n"
            f"X-Test-Envelope-To: {', '.join(envelope.rcpt_tos)}\r\n"
            f"X-Test-Authenticated: {session.auth_data}\r\n"
            f"X-Test-Tls: {'yes' if session.ssl else 'no'}\r\n"
        ).encode("ascii")
        with lock:
            number = len([n for n in os.listdir(out) if n.endswith(".eml")]) + 1
            name = os.path.join(out, f"{number:05d}.eml")
            with open(name + ".tmp", "wb") as f:
                f.write(trace + envelope.original_content)
            os.replace(name + ".tmp", name)
        return "250 Message accepted for delivery"


context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
context.load_cert_chain(cert, key)
controller = Controller(
    Folder(), hostname="127.0.0.1", port=int(port),
    tls_context=context, require_starttls=True,
    auth_required=True, authenticator=authenticate)
controller.start()
print("READY", flush=True)
try:
    sys.stdin.read()
finally:
    controller.stop()
