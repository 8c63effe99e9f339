#!/usr/bin/env python3
"""An ML engineer's loop over Tawsim's HTTP API, end to end (docs/api-tutorial.md explains each step).

Creates two annotators and a project, uploads two plain-text documents, imports a model's pre-annotations
(JSONL), assigns every document to both annotators, reads the progress, runs an export (waiting for it if it
runs in the background) and downloads the finished corpus as a zip, checking every file against the manifest.

    python3 docs/api-tutorial.py http://localhost:8080 admin 'the admin password' [--out DIR] [--until-done]

The account must be an administrator (it creates accounts). Standard library only.
"""
import argparse
import base64
import hashlib
import io
import json
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
import zipfile


class Tawsim:
    """The API at one base URL, as one account (HTTP Basic; an API token works the same as 'Bearer <token>')."""

    def __init__(self, base_url, login, password):
        self.base_url = base_url.rstrip("/") + "/"
        credentials = base64.b64encode(f"{login}:{password}".encode("utf-8")).decode("ascii")
        self.authorization = "Basic " + credentials

    def call(self, method, path, body=None, content_type=None, raw=False):
        """Sends one request; answers (status, headers, JSON or bytes). Any HTTP error ends the script with its JSON."""
        headers = {"Authorization": self.authorization, "Accept": "application/json"}
        data = None
        if isinstance(body, (dict, list)):
            data = json.dumps(body).encode("utf-8")
            headers["Content-Type"] = "application/json"
        elif body is not None:
            data = body
            headers["Content-Type"] = content_type
        # paths from the server (statusUrl) start with "/": they name a path on the same server
        url = urllib.parse.urljoin(self.base_url, path)
        request = urllib.request.Request(url, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                payload = response.read()
                if raw:
                    return response.status, response.headers, payload
                return response.status, response.headers, json.loads(payload) if payload else None
        except urllib.error.HTTPError as error:
            sys.exit(f"{method} {url}: HTTP {error.code} {error.read().decode('utf-8', 'replace')}")
        except urllib.error.URLError as error:
            sys.exit(f"{method} {url}: {error.reason}")


def multipart(field, files):
    """A multipart/form-data body with one part per (file name, bytes), all under the same field name."""
    boundary = uuid.uuid4().hex
    body = io.BytesIO()
    for name, content in files:
        body.write(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{name}\"\r\n"
                   f"Content-Type: application/octet-stream\r\n\r\n".encode("utf-8"))
        body.write(content)
        body.write(b"\r\n")
    body.write(f"--{boundary}--\r\n".encode("ascii"))
    return body.getvalue(), f"multipart/form-data; boundary={boundary}"


def span(text, words, label):
    """A span over the first occurrence of words, in code points (Python's str indexes are code points)."""
    start = text.index(words)
    return {"start": start, "end": start + len(words), "label": label}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("base_url", help="e.g. http://localhost:8080")
    parser.add_argument("login", help="an administrator's login")
    parser.add_argument("password")
    parser.add_argument("--out", default=".", help="folder for the downloaded corpus zip (default: here)")
    parser.add_argument("--until-done", action="store_true",
                        help="poll progress every 30 s until every assignment is done before exporting")
    args = parser.parse_args()
    api = Tawsim(args.base_url, args.login, args.password)
    run = uuid.uuid4().hex[:8]  # names of this run, so that the script can run again on the same server

    # 1. Two annotators; each gets a one-time password to change at first login.
    annotators = []
    for n in (1, 2):
        login = f"tutorial-{run}-{n}"
        _, _, user = api.call("POST", "/api/v1/users",
                              {"login": login, "displayName": f"Annotator {n}", "role": "annotator"})
        print(f"annotator {user['login']}: one-time password {user['oneTimePassword']}")
        annotators.append(login)

    # 2. The project (its creator leads it) and its members.
    _, _, project = api.call("POST", "/api/v1/projects",
                             {"name": f"Tutorial {run}", "description": "Arabic news, pre-annotated by a model"})
    project_id = project["id"]
    print(f"project {project_id} created: {project['name']}")
    for login in annotators:
        api.call("PUT", f"/api/v1/projects/{project_id}/members/{login}", {"role": "annotator"})
    _, _, labels = api.call("GET", f"/api/v1/projects/{project_id}/labels")
    print("labels:", ", ".join(label["name"] for label in labels))

    # 3. Plain-text documents, several in one request (all stored or none).
    texts = {
        "damascus.txt": "وصل الوفد إلى دمشق صباح اليوم.",
        "ahmad.txt": "قال أحمد إن الوضع في درعا هادئ.",
    }
    body, content_type = multipart("files", [(name, text.encode("utf-8")) for name, text in texts.items()])
    _, _, uploaded = api.call("POST", f"/api/v1/projects/{project_id}/documents", body, content_type)
    print("uploaded:", ", ".join(d["externalId"] for d in uploaded["documents"]))

    # 4. A model's pre-annotations: new documents with their spans, into the first annotator's layer to correct.
    predictions = []
    for doc_id, text, entities in (
            ("jasim-1", "اشتباكات في مدينة جاسم بريف درعا الشمالي.", [("مدينة جاسم", "LOCATION"), ("درعا", "LOCATION")]),
            ("jasim-2", "أعلن الفيلق الثامن انسحابه من جاسم.", [("الفيلق الثامن", "ORG"), ("جاسم", "LOCATION")])):
        predictions.append({"id": doc_id, "text": text, "spans": [span(text, words, label) for words, label in entities]})
    jsonl = "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in predictions).encode("utf-8")
    body, content_type = multipart("file", [("predictions.jsonl", jsonl)])
    query = urllib.parse.urlencode({"format": "JSONL", "annotator": annotators[0]})
    _, _, report = api.call("POST", f"/api/v1/projects/{project_id}/imports?{query}", body, content_type)
    print(f"imported {len(report['documents'])} documents with {report['spans']} spans")

    # 5. Every document to both annotators.
    _, _, assigned = api.call("POST", f"/api/v1/projects/{project_id}/assignments", {"perDocument": 2})
    print(f"assignments created: {assigned['created']}")

    # 6. Progress: each document's status per annotator (new, in_progress, done).
    while True:
        _, _, page = api.call("GET", f"/api/v1/projects/{project_id}/documents?size=500")
        statuses = [a["status"] for d in page["documents"] for a in d["annotators"]]
        done = statuses.count("done")
        print(f"progress: {done} of {len(statuses)} assignments done")
        if not args.until_done or done == len(statuses):
            break
        time.sleep(30)

    # 7. The export: 201 with the manifest at once, or 202 and a status URL to poll for a large project.
    request = {"format": "JSONL", "sources": "ALL_ANNOTATORS", "finishedOnly": args.until_done}
    status, _, answer = api.call("POST", f"/api/v1/projects/{project_id}/exports", request)
    manifest = answer
    if status == 202:
        status_url = answer["statusUrl"]
        while answer["status"] == "running":
            print(f"export running: {answer['documentsDone']} of {answer['documentsTotal']} documents")
            time.sleep(2)
            _, _, answer = api.call("GET", status_url)
        if answer["status"] == "failed":
            sys.exit(f"export failed: {answer['error']['message']}")
        manifest = answer["manifest"]
    export_id = manifest["exportId"]
    print(f"export {export_id}: {manifest['documentCount']} documents, files "
          + ", ".join(f["name"] for f in manifest["files"]))

    # 8. The finished corpus: one zip with every file and manifest.json; check each file's SHA-256.
    _, _, zipped = api.call("GET", f"/api/v1/projects/{project_id}/exports/{export_id}/zip", raw=True)
    with zipfile.ZipFile(io.BytesIO(zipped)) as archive:
        for entry in manifest["files"]:
            if hashlib.sha256(archive.read(entry["name"])).hexdigest() != entry["sha256"]:
                sys.exit(f"{entry['name']}: checksum differs from the manifest")
    path = f"{args.out.rstrip('/')}/tawsim-{project_id}-{export_id}.zip"
    with open(path, "wb") as out:
        out.write(zipped)
    print(f"corpus {path}")


if __name__ == "__main__":
    main()
