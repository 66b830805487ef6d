"""Writes the two MHTML fixtures as a browser saves them (run from this folder).

The photo parts are stored under the address the browser loaded, an image proxy
wrapping the original (Daum's thumbnail service, Next.js's image optimiser), not under
the address the page's markup gives the <img>.
"""

import base64
import io

from PIL import Image


def jpeg(colour):
    buf = io.BytesIO()
    Image.new("RGB", (60, 40), colour).save(buf, "JPEG")
    return buf.getvalue()


def mhtml(snapshot, page, parts):
    boundary = "----MultipartBoundary--kq3vX9dZ7rT2pW8----"
    out = ["From: <Saved by Blink>", f"Snapshot-Content-Location: {snapshot}",
           "Subject: saved page", "MIME-Version: 1.0",
           f'Content-Type: multipart/related; type="text/html"; boundary="{boundary}"', "",
           f"--{boundary}", "Content-Type: text/html", "Content-ID: <frame-1@mhtml.blink>",
           "Content-Transfer-Encoding: base64", f"Content-Location: {snapshot}", "",
           base64.encodebytes(page.encode("utf-8")).decode()]
    for location, data in parts:
        out += [f"--{boundary}", "Content-Type: image/jpeg", "Content-Transfer-Encoding: base64",
                f"Content-Location: {location}", "", base64.encodebytes(data).decode()]
    out.append(f"--{boundary}--")
    return "\r\n".join(out).encode("ascii")


daum = open("daum_proxy_page.html", encoding="utf-8").read()
fname = "https%3A%2F%2Ft1.daumcdn.net%2Fnews%2F202405%2F10%2Fnewsis%2F"
open("daum_proxy.mhtml", "wb").write(mhtml("https://v.daum.net/v/20240510091500777", daum, [
    (f"https://img2.daumcdn.net/thumb/R658x0.q70/?fname={fname}20240510091500777ijkl.jpg",
     jpeg((220, 40, 40))),
    (f"https://img4.daumcdn.net/thumb/R1280x0.fjpg/?fname={fname}20240510091500778mnop.jpg",
     jpeg((40, 220, 40))),
]))
ledger = open("ledger_next_page.html", encoding="utf-8").read()
cdn = "https%3A%2F%2Fcdn.seoulledger.example%2Fuploads%2F2024%2F05%2F"
site = "https://www.seoulledger.example"
open("ledger_next.mhtml", "wb").write(mhtml(f"{site}/news/2024/05/11/scooter-night-market", ledger, [
    (f"{site}/_next/image?url={cdn}scooter-market.jpg&w=1080&q=75", jpeg((40, 40, 220))),
    (f"{site}/_next/image?url={cdn}repair-stall.jpg&w=1080&q=75", jpeg((220, 220, 40))),
]))
