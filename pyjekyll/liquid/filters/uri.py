"""URI normalisation as Jekyll's URL filters get it from the Addressable gem.

`relative_url`, `absolute_url` and `uri_escape` percent-decode and re-encode each
component with its own allowed character set, NFKC-normalise text, lowercase scheme
and host, drop default ports and remove dot segments; this module does the same.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_URI = re.compile(r"^(([^:/?#]+):)?(//([^/?#]*))?([^?#]*)(\?([^#]*))?(#(.*))?$", re.MULTILINE)
_PERCENT = re.compile(rb"%[0-9a-fA-F]{2}")

_ALPHA_DIGIT = "a-zA-Z0-9"
_UNRESERVED = _ALPHA_DIGIT + r"\-._~"
_SUB_DELIMS = r"!$&'()*+,;="
_GEN_DELIMS = r":/?#\[\]@"
_PCHAR = _UNRESERVED + _SUB_DELIMS + ":@"

#: bytes each component may keep unencoded (everything else is percent-encoded)
_COMPONENT_BYTES = {
    "component": re.compile(("[^" + _GEN_DELIMS + _SUB_DELIMS + _UNRESERVED + "]").encode()),
    "pchar": re.compile(("[^" + _PCHAR + "]").encode()),
    "host": re.compile(("[^" + _UNRESERVED + _SUB_DELIMS + r"\[:\]" + "]").encode()),
    "scheme": re.compile(("[^" + _ALPHA_DIGIT + r"\-+." + "]").encode()),
    "unreserved": re.compile(("[^" + _UNRESERVED + "]").encode()),
    "fragment": re.compile(("[^" + _PCHAR + "/?" + "]").encode()),
    "query": re.compile(rb"[^a-zA-Z0-9\-._~!$'()*+,=:@/?%]|%(?!2B|2b)"),
}

_PORTS = {
    "http": "80", "https": "443", "ftp": "21", "tftp": "69", "sftp": "22", "ssh": "22",
    "svn+ssh": "22", "telnet": "23", "nntp": "119", "gopher": "70", "wais": "210",
    "ldap": "389", "prospero": "1525",
}

_DOT_SLASH = re.compile(r"/\./|/\.$")
_PARENT_PAIR = re.compile(r"/([^/]*)/\.\./|/([^/]*)/\.\.$")
_LEADING_DOTS = re.compile(r"^\.\.?/?")
_PREFIXED_PARENT = re.compile(r"^/\.\.?/|^(/\.\.?)+/?$")
_AMBIGUOUS_PATH = re.compile(r"^(?!/)[^/:]*:.*$", re.MULTILINE)


class InvalidURIError(ValueError):
    """Addressable refuses to assemble this URI."""


def _percent_decode(data: bytes, keep: bytes = b"") -> bytes:
    def decode(match: re.Match[bytes]) -> bytes:
        byte = bytes([int(match.group()[1:], 16)])
        return match.group() if byte in keep and keep else byte

    return _PERCENT.sub(decode, data)


def _encode_bytes(data: bytes, pattern: re.Pattern[bytes]) -> str:
    encoded = pattern.sub(lambda m: b"".join(b"%%%02X" % b for b in m.group()), data)
    return encoded.decode("utf-8", errors="surrogateescape")


@lru_cache(maxsize=4096)
def normalize_component(component: str, kind: str = "component", keep_encoded: str = "") -> str:
    """Addressable's `normalize_component`: decode, NFKC, re-encode what `kind` forbids."""
    raw = component.encode("utf-8", errors="surrogateescape")
    decoded = _percent_decode(raw, keep_encoded.encode())
    try:
        text = decoded.decode("utf-8")
        decoded = unicodedata.normalize("NFKC", text).encode("utf-8")
        pattern = _COMPONENT_BYTES[kind]
    except UnicodeDecodeError:
        pattern = _COMPONENT_BYTES["component"]
    return _encode_bytes(decoded, pattern)


def _remove_dot_segments(path: str) -> str:
    """Addressable's `normalize_path`: RFC 3986 dot-segment removal plus its extras."""
    while True:
        changed = False
        new = _DOT_SLASH.sub("/", path)
        if new != path:
            path, changed = new, True
        if not changed:
            pair = _PARENT_PAIR.search(path)
            if pair is not None:
                parent, current = pair.group(1), pair.group(2)
                if (parent not in (".", "..")) or (current not in (".", "..")):
                    pattern = "/" + re.escape(parent or "") + r"/\.\./|(/" + re.escape(current or "") + r"/\.\.$)"
                    new = re.sub(pattern, "/", path)
                    if new != path:
                        path, changed = new, True
        if not changed:
            new = _LEADING_DOTS.sub("", path)
            if new != path:
                path, changed = new, True
        if not changed:
            new = _PREFIXED_PARENT.sub("/", path)
            if new != path:
                path, changed = new, True
        if not changed:
            return path


def _host(host: str) -> str:
    stripped = host.strip()
    if not stripped:
        return ""
    text = _percent_decode(stripped.lower().encode()).decode("utf-8", errors="replace")
    if not text.isascii():
        try:
            text = text.encode("idna").decode("ascii")
        except UnicodeError:
            pass
    if re.search(r"[^.]\.$", text):
        text = text[:-1]
    return normalize_component(text, "host")


class URI:
    """A parsed URI reference (the parts Addressable keeps)."""

    __slots__ = ("scheme", "authority", "user", "password", "host", "port", "path", "query", "fragment")

    def __init__(self, text: str) -> None:
        match = _URI.search(text)
        assert match is not None  # the pattern matches any string
        self.scheme = match.group(2)
        self.authority = match.group(4)
        self.path = match.group(5) or ""
        self.query = match.group(7)
        self.fragment = match.group(9)
        self.user = self.password = self.host = self.port = None
        if self.authority is not None:
            userinfo = re.match(r"^([^\[\]]*)@", self.authority)
            if userinfo:
                info = userinfo.group(1).strip()
                self.user = re.match(r"^([^:]*):?", info).group(1)  # type: ignore[union-attr]
                password = re.search(r":(.*)$", info)
                self.password = password.group(1) if password else None
            host = re.sub(r"^([^\[\]]*)@", "", self.authority, count=1)
            self.host = re.sub(r":([^:@\[\]]*?)$", "", host, count=1)
            port = re.search(r":([^:@\[\]]*?)$", self.authority)
            self.port = port.group(1) if port and port.group(1) else None

    @property
    def is_absolute(self) -> bool:
        return self.scheme is not None

    def normalized(self) -> str:
        """Addressable's `normalize.to_s`."""
        scheme = None
        if self.scheme is not None:
            scheme = normalize_component(self.scheme.strip().lower(), "scheme")
        out = []
        if scheme is not None:
            out.append(scheme + ":")
        if self.authority is not None:
            out.append("//" + self._authority(scheme))
        path = self.path
        if self.scheme is None and _AMBIGUOUS_PATH.search(path):
            path = path.replace(":", "%2F", 1)
        segments = path.strip().split("/")
        path = _remove_dot_segments("/".join(normalize_component(s, "pchar") for s in segments))
        if not path and scheme in ("http", "https", "ftp", "tftp"):
            path = "/"
        if scheme is None and path and _AMBIGUOUS_PATH.search(path):
            raise InvalidURIError(f"Cannot assemble URI string with ambiguous path: '{path}'")
        out.append(path)
        if self.query is not None:
            query = "&".join(normalize_component(p, "query", "+") for p in self.query.split("&"))
            if query:
                out.append("?" + query)
        if self.fragment is not None:
            fragment = normalize_component(self.fragment, "fragment")
            if fragment:
                out.append("#" + fragment)
        return "".join(out)

    def _authority(self, scheme: str | None) -> str:
        text = ""
        user = None
        if self.user is not None:
            if not (scheme and re.search("https?", scheme) and not self.user.strip() and not (self.password or "").strip()):
                user = normalize_component(self.user.strip(), "unreserved")
        password = None
        if self.password is not None:
            if not (scheme and re.search("https?", scheme) and not self.password.strip() and not user):
                password = normalize_component(self.password.strip(), "unreserved")
        if user is not None and password is not None:
            text = f"{user}:{password}@"
        elif user is not None:
            text = f"{user}@"
        text += _host(self.host or "")
        if self.port is not None and _PORTS.get(scheme or "") != self.port:
            text += ":" + self.port
        return text


def normalize(text: str) -> str:
    """`Addressable::URI.parse(text).normalize.to_s`."""
    return URI(text).normalized()


def is_absolute(text: str) -> bool:
    """`Addressable::URI.parse(text).absolute?`: it has a scheme."""
    return URI(text).is_absolute
