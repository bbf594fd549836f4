#!/usr/bin/env python3
"""Writes a zip whose bytes depend only on the files' paths and contents.

    python3 tools/zip.py OUT.zip DIR [PATH ...]   (PATHs relative to DIR; default: every file in DIR)
    python3 tools/zip.py -x ZIP DIR               extracts with the modes and dates written, as unzip does

Entries are sorted, dated 1980-01-01, and get mode 0755 when they are shell scripts and 0644
otherwise, so neither the clock, the file system's order nor a checkout's file modes change a
byte. Deflate comes from Python's zlib (the system's on Debian and Ubuntu): Node's bundled zlib
compresses differently from one release to the next.
"""
import os
import sys
import time
import zipfile

EPOCH = (1980, 1, 1, 0, 0, 0)


def files_under(root):
    for base, dirs, names in os.walk(root):
        for name in names:
            yield os.path.relpath(os.path.join(base, name), root)


def main(out, root, paths):
    names = sorted(p.replace(os.sep, "/") for p in (paths or files_under(root)))
    tmp = out + ".part"
    with zipfile.ZipFile(tmp, "w") as z:
        for name in names:
            info = zipfile.ZipInfo(name, EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, so the mode below is read
            info.external_attr = (0o100755 if name.endswith(".sh") else 0o100644) << 16
            with open(os.path.join(root, name), "rb") as f:
                z.writestr(info, f.read(), compresslevel=9)
    os.replace(tmp, out)


def extract(archive, root):
    with zipfile.ZipFile(archive) as z:
        for info in z.infolist():
            path = z.extract(info, root)
            os.chmod(path, (info.external_attr >> 16) & 0o777)
            stamp = time.mktime(info.date_time + (0, 0, -1))
            os.utime(path, (stamp, stamp))


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    if sys.argv[1] == "-x":
        extract(sys.argv[2], sys.argv[3])
    else:
        main(sys.argv[1], sys.argv[2], sys.argv[3:])
