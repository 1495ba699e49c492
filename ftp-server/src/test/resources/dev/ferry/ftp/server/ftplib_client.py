"""Drives a Ferry server with Python's ftplib, a client nobody at Ferry wrote.

Usage: ftplib_client.py HOST PORT USER PASSWORD SCENARIO
Each scenario asserts what it sees and prints "ok"; any failure exits non-zero with a traceback.
Commands the server does not have yet must be refused with 502 (RFC 959 §4.2).
"""
import ftplib
import io
import random
import socket
import sys


def connect(host, port, user, password):
    ftp = ftplib.FTP(timeout=15)
    ftp.connect(host, port)
    ftp.login(user, password)
    return ftp


def implemented(ftp, verb):
    """A verb the server does not have yet is 502; one without its argument is 501."""
    try:
        ftp.sendcmd(verb)
        return True
    except ftplib.error_perm as e:
        return not refused_with_502(e)


def refused_with_502(error):
    return str(error).startswith("502")


def transfers(ftp, tag):
    data = random.Random(1).randbytes(1_000_000)
    name = "py-" + tag + ".bin"
    ftp.storbinary("STOR " + name, io.BytesIO(data))
    got = io.BytesIO()
    ftp.retrbinary("RETR " + name, got.write)
    assert got.getvalue() == data, "RETR returned other bytes"
    tail = io.BytesIO()
    ftp.retrbinary("RETR " + name, tail.write, rest=999_000)
    assert tail.getvalue() == data[999_000:], "REST then RETR returned other bytes"
    assert name in ftp.nlst(), ftp.nlst()
    lines = []
    ftp.dir(lines.append)
    assert any(line.endswith(" " + name) and " 1000000 " in line for line in lines), lines
    # dir() left the session in TYPE A, where SIZE answers the size the transfer would send
    # (RFC 3659 §4): ask in binary for the stored size.
    ftp.voidcmd("TYPE I")
    try:
        assert ftp.size(name) == 1_000_000
    except ftplib.error_perm as e:
        assert refused_with_502(e), e
    try:
        facts = dict(ftp.mlsd())
        assert facts[name]["type"] == "file" and facts[name]["size"] == "1000000", facts
    except ftplib.error_perm as e:
        assert refused_with_502(e), e


def text(ftp, tag):
    name = "py-" + tag + ".txt"
    ftp.storlines("STOR " + name, io.BytesIO(b"one\r\ntwo\nthree\r\n"))
    lines = []
    ftp.retrlines("RETR " + name, lines.append)
    assert lines == ["one", "two", "three"], lines
    ftp.voidcmd("TYPE I")
    raw = io.BytesIO()
    ftp.retrbinary("RETR " + name, raw.write)
    # TYPE A uploads are stored with the server's line ends (LF).
    assert raw.getvalue() == b"one\ntwo\nthree\n", raw.getvalue()


def abort(ftp, tag):
    ftp.voidcmd("TYPE I")
    conn = ftp.transfercmd("RETR big.bin")
    assert len(conn.recv(65536)) > 0
    # ftplib sends "ABOR\r\n" as urgent (out-of-band) data: the server must still read it whole.
    reply = ftp.abort()
    if reply.startswith("426"):
        reply = ftp.getmultiline()
    assert reply.startswith("226") or reply.startswith("225"), reply
    conn.close()
    assert ftp.voidcmd("NOOP").startswith("200")
    got = io.BytesIO()
    ftp.retrbinary("RETR small.txt", got.write)
    assert got.getvalue() == b"small", got.getvalue()


def errors(ftp, tag):
    try:
        ftp.retrbinary("RETR no-such-file", lambda block: None)
        raise AssertionError("RETR of a missing file succeeded")
    except ftplib.error_perm as e:
        assert str(e).startswith("550"), e
    for command, code in (("CWD /no/such/dir", "550"),
                          ("XYZZY", "502"), ("TYPE Q", "501"), ("STRU P", "504"),
                          ("RNTO x", "503")):
        if command.startswith("RNTO") and not implemented(ftp, "RNTO"):
            code = "502"
        try:
            ftp.sendcmd(command)
            raise AssertionError(command + " succeeded")
        except ftplib.error_perm as e:
            assert str(e).startswith(code), (command, str(e))
    assert ftp.pwd() == "/"


def raw_retr(ftp, command):
    """The data connection's bytes exactly as the server sent them."""
    conn = ftp.transfercmd(command)
    chunks = []
    while True:
        chunk = conn.recv(65536)
        if not chunk:
            break
        chunks.append(chunk)
    conn.close()
    ftp.voidresp()
    return b"".join(chunks)


def encodings(ftp, tag):
    name = "py-" + tag + ".txt"
    ftp.voidcmd("TYPE I")
    ftp.storbinary("STOR " + name, io.BytesIO(b"one\ntwo\n"))
    # SIZE answers what RETR would send: the stored size in TYPE I, the CRLF size in TYPE A.
    assert ftp.size(name) == 8
    ftp.voidcmd("TYPE A")
    assert ftp.size(name) == 10
    assert len(raw_retr(ftp, "RETR " + name)) == 10
    # TYPE E: code page 037, NL (0x15) ends a line.
    ftp.voidcmd("TYPE E")
    assert raw_retr(ftp, "RETR " + name) == bytes.fromhex("96958515a3a69615")
    # MODE B: blocks of descriptor, 16-bit count and data; 0x40 marks the end of the file.
    ftp.voidcmd("TYPE I")
    ftp.voidcmd("MODE B")
    wire = raw_retr(ftp, "RETR " + name)
    data, i, eof = b"", 0, False
    while not eof:
        descriptor, count = wire[i], int.from_bytes(wire[i + 1:i + 3], "big")
        data += wire[i + 3:i + 3 + count]
        i += 3 + count
        eof = descriptor & 0x40 != 0
    assert data == b"one\ntwo\n" and i == len(wire), wire
    conn = ftp.transfercmd("STOR b-" + name)
    conn.sendall(bytes.fromhex("000002") + b"up" + bytes.fromhex("400000"))
    conn.close()
    ftp.voidresp()
    ftp.voidcmd("MODE S")
    got = io.BytesIO()
    ftp.retrbinary("RETR b-" + name, got.write)
    assert got.getvalue() == b"up", got.getvalue()
    # STRU R in TYPE A: each line a record, 0xFF 0x01 after it, 0xFF 0x03 at the last one.
    ftp.voidcmd("TYPE A")
    ftp.voidcmd("STRU R")
    assert raw_retr(ftp, "RETR " + name) == b"one\xff\x01two\xff\x03"
    ftp.voidcmd("STRU F")


SCENARIOS = {"transfers": transfers, "text": text, "abort": abort, "errors": errors,
             "encodings": encodings}


def main():
    host, port, user, password, scenario = sys.argv[1:6]
    ftp = connect(host, int(port), user, password)
    SCENARIOS[scenario](ftp, scenario + "-" + host.replace(":", "") + "-" + port)
    ftp.quit()
    print("ok")


if __name__ == "__main__":
    main()
